// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

namespace cc::test {

/// A fresh passphrase-protected workspace in a temporary folder, removed afterwards.
class TestWorkspace {
public:
    static constexpr const char *Passphrase = "correct horse battery staple";

    TestWorkspace();
    storage::Workspace &workspace() { return *m_workspace; }
    storage::SqlDatabase &db() { return m_workspace->database(); }
    QString directory() const { return m_dir.filePath(QStringLiteral("ws")); }
    /// Closes the database (e.g. before tampering with the file).
    void close() { m_workspace.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Workspace> m_workspace;
};

/// Currency by code, for brevity in tests.
Currency currency(const char *code);
/// Money from a decimal string, for brevity in tests.
Money money(const char *amount, const char *code);

} // namespace cc::test
