// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace cc::net {

struct HttpResponse {
    long status = 0;
    QByteArray body;
    bool ok() const { return status >= 200 && status < 300; }
};

/// One HTTP(S) request through libcurl, with timeouts (connect 20 s, whole 60 s); blocks for the
/// network, so callers run it off the GUI thread. Only a transport failure is an error: an
/// answer with any status code is returned as it came.
class HttpClient {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    /// `headers` as "Name: value"; a non-empty `body` is sent with POST.
    static Result<HttpResponse> send(const QUrl &url, const QList<QByteArray> &headers, const QByteArray &body = {});
};

} // namespace cc::net
