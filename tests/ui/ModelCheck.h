// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModelTester>
#include <QStringList>
#include <memory>

namespace cc::test {

/// Attaches a QAbstractItemModelTester to a model for the check's lifetime and collects what
/// it reports, so a GoogleTest can assert that a model kept its contract through changes.
class ModelCheck {
public:
    explicit ModelCheck(QAbstractItemModel *model);
    ~ModelCheck();
    ModelCheck(const ModelCheck &) = delete;
    ModelCheck &operator=(const ModelCheck &) = delete;

    /// Everything the tester reported as broken so far.
    QStringList failures() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace cc::test
