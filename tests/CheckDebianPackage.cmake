# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from the build folder, checks what it declares and holds, and runs
# the packaged binaries. Run by ctest with -DBUILD_DIR=... -DWORK_DIR=...
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND cpack -G DEB -B "${WORK_DIR}/out" --config "${BUILD_DIR}/CPackConfig.cmake"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb --field "${debs}" Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
foreach(needed libsqlcipher0 libqt6keychain1 libqt6widgets6 libqt6svg6 libqrencode4 qt6-qpa-plugins libsecret-1-0)
    if(NOT depends MATCHES "${needed}")
        message(FATAL_ERROR "the package does not depend on ${needed}: ${depends}")
    endif()
endforeach()

execute_process(COMMAND dpkg-deb -x "${debs}" "${WORK_DIR}/root" RESULT_VARIABLE rc)
foreach(path usr/bin/cashcycle usr/bin/cashcycle-cli usr/share/applications/cashcycle.desktop
             usr/share/icons/hicolor/scalable/apps/cashcycle.svg)
    if(NOT EXISTS "${WORK_DIR}/root/${path}")
        message(FATAL_ERROR "the package lacks ${path}")
    endif()
endforeach()
file(STRINGS "${WORK_DIR}/root/usr/share/applications/cashcycle.desktop" exec REGEX "^Exec=cashcycle")
if(NOT exec)
    message(FATAL_ERROR "the desktop entry does not start cashcycle")
endif()

foreach(binary cashcycle cashcycle-cli)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "${WORK_DIR}/root/usr/bin/${binary}" --version
                    RESULT_VARIABLE rc OUTPUT_VARIABLE version)
    if(NOT rc EQUAL 0 OR NOT version MATCHES "^${binary} [0-9]+\\.[0-9]+\\.[0-9]+")
        message(FATAL_ERROR "packaged ${binary} --version failed (${rc}): ${version}")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "the Debian package installs, declares its dependencies and runs")
