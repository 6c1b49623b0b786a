// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceKey.h"

#include <QRandomGenerator>

namespace cc::storage {

WorkspaceKey WorkspaceKey::generateRaw()
{
    QByteArray bytes(RawKeyBytes, Qt::Uninitialized);
    // QRandomGenerator::system() draws from the OS CSPRNG (getrandom).
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), RawKeyBytes / 4);
    return raw(bytes);
}

bool WorkspaceKey::isValid() const
{
    return m_kind == Kind::RawKey ? m_secret.size() == RawKeyBytes : !m_secret.isEmpty();
}

QByteArray WorkspaceKey::sqlcipherKeyMaterial() const
{
    if (m_kind == Kind::Passphrase)
        return m_secret;
    return "x'" + m_secret.toHex() + "'";
}

} // namespace cc::storage
