# SPDX-License-Identifier: GPL-3.0-or-later
# Proves core/ stays free of Qt Gui and Widgets: no such includes in its sources and no such
# symbols referenced by the built library. core/documents is a library of its own that lays out
# PDFs with Qt Gui (never Widgets); it is checked for Widgets only.
# Run by ctest with -DLIB=... -DSOURCES=...
file(GLOB_RECURSE core_files "${SOURCES}/*.h" "${SOURCES}/*.cpp")
list(FILTER core_files EXCLUDE REGEX "/documents/")
file(GLOB_RECURSE document_files "${SOURCES}/documents/*.h" "${SOURCES}/documents/*.cpp")
foreach(file IN LISTS document_files)
    file(STRINGS "${file}" offending REGEX "#include <(QtWidgets|QWidget|QApplication)")
    if(offending)
        message(FATAL_ERROR "${file} includes Qt Widgets: ${offending}")
    endif()
endforeach()
foreach(file IN LISTS core_files)
    file(STRINGS "${file}" offending REGEX "#include <(QtGui|QtWidgets|QWidget|QGuiApplication|QApplication|QPixmap|QImage|QPainter|QColor|QFont)")
    if(offending)
        message(FATAL_ERROR "${file} includes Qt Gui/Widgets: ${offending}")
    endif()
endforeach()
execute_process(COMMAND nm -C --undefined-only "${LIB}" OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIB}")
endif()
string(REGEX MATCH "(QWidget|QGuiApplication|QApplication|QPixmap|QImage|QPainter|QColor|QFont)::[^\n]*" gui_symbol "${symbols}")
if(gui_symbol)
    message(FATAL_ERROR "cashcycle_core references Qt Gui/Widgets: ${gui_symbol}")
endif()
message(STATUS "core is free of Qt Gui and Widgets (${LIB})")
