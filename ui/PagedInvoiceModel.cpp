// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedInvoiceModel.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

namespace cc::ui {

PagedInvoiceModel::PagedInvoiceModel(services::WorkspaceSession &session, int pageSize, QObject *parent)
    : InvoiceTableModel(parent)
    , m_session(session)
    , m_pageSize(pageSize)
{
}

void PagedInvoiceModel::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    m_total = 0;
    m_loading = true;
    const quint64 generation = ++m_generation;
    setRows({});
    const int pageSize = m_pageSize;
    whenReady(this,
        m_session.run<Result<FirstPage>>(
            [filter, pageSize](storage::Workspace &ws, services::JobControl &) -> Result<FirstPage> {
                storage::InvoiceRepository invoices(ws.database());
                auto total = invoices.count(filter);
                if (!total)
                    return total.error();
                auto rows = invoices.list(filter, pageSize, 0);
                if (!rows)
                    return rows.error();
                return FirstPage { std::move(rows).value(), *total };
            }),
        [this, generation](const Result<FirstPage> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_loading = false;
                emit loadFailed(ErrorMessages::describe(page.error()));
                return;
            }
            m_total = page->total;
            // Still "loading" while the rows go in: a view reacting to the insertion must not
            // ask for the next page before these rows are counted.
            appendRows(page->rows);
            m_loading = false;
            emit pageLoaded();
        });
}

bool PagedInvoiceModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && loadedCount() < m_total;
}

void PagedInvoiceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const InvoiceFilter filter = m_filter;
    const int pageSize = m_pageSize;
    const int offset = int(loadedCount());
    whenReady(this,
        m_session.run<Result<QList<InvoiceSummary>>>([filter, pageSize, offset](storage::Workspace &ws,
                                                         services::JobControl &) -> Result<QList<InvoiceSummary>> {
            return storage::InvoiceRepository(ws.database()).list(filter, pageSize, offset);
        }),
        [this, generation](const Result<QList<InvoiceSummary>> &rows) {
            if (generation != m_generation)
                return;
            if (!rows) {
                m_loading = false;
                emit loadFailed(ErrorMessages::describe(rows.error()));
                return;
            }
            // A page shorter than asked means rows were deleted meanwhile: stop at what exists.
            if (rows->size() < m_pageSize)
                m_total = loadedCount() + rows->size();
            appendRows(*rows);
            m_loading = false;
            emit pageLoaded();
        });
}

} // namespace cc::ui
