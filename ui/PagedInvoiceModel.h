// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceTableModel.h"
#include "domain/InvoiceFilter.h"

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// The invoice list of the whole workspace, paged in SQL: the first page and the count load
/// with each filter, further pages when the view scrolls to the end (fetchMore), all as jobs
/// on the workspace session. Results of a superseded filter are dropped.
class PagedInvoiceModel : public InvoiceTableModel {
    Q_OBJECT
public:
    explicit PagedInvoiceModel(services::WorkspaceSession &session, int pageSize = 200, QObject *parent = nullptr);

    /// Clears the rows and loads the first page for `filter`.
    void setFilter(const InvoiceFilter &filter);
    const InvoiceFilter &filter() const { return m_filter; }
    /// Documents matching the filter in all, loaded or not.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// A page (or, after setFilter, the first page and the count) arrived.
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    struct FirstPage {
        QList<InvoiceSummary> rows;
        qint64 total = 0;
    };

    services::WorkspaceSession &m_session;
    const int m_pageSize;
    InvoiceFilter m_filter;
    qint64 m_total = 0;
    bool m_loading = false;
    quint64 m_generation = 0; // bumped per filter; older answers are ignored
};

} // namespace cc::ui
