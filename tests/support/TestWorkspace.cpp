// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"

#include <stdexcept>

namespace cc::test {

TestWorkspace::TestWorkspace()
{
    storage::WorkspaceOptions options;
    options.createIfMissing = true;
    options.passphrase = QByteArray(Passphrase);
    auto opened = storage::Workspace::open(directory(), options);
    if (!opened)
        throw std::runtime_error(opened.error().detail.toStdString());
    m_workspace = std::move(opened).value();
}

Currency currency(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

Money money(const char *amount, const char *code)
{
    return Money::parse(QString::fromLatin1(amount), currency(code)).value();
}

} // namespace cc::test
