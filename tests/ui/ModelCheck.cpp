// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelCheck.h"

#include <QMutex>

namespace cc::test {
namespace {

// Qt reports tester failures as warnings of one category; a message handler is process-wide.
QMutex failuresMutex;
QStringList collected;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg) {
        QMutexLocker lock(&failuresMutex);
        collected << message;
        return;
    }
    previousHandler(type, context, message);
}

} // namespace

ModelCheck::ModelCheck(QAbstractItemModel *model)
{
    {
        QMutexLocker lock(&failuresMutex);
        collected.clear();
    }
    previousHandler = qInstallMessageHandler(collect);
    m_tester
        = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    m_tester.reset();
    qInstallMessageHandler(previousHandler);
}

QStringList ModelCheck::failures() const
{
    QMutexLocker lock(&failuresMutex);
    return collected;
}

} // namespace cc::test
