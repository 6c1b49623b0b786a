// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace cc::net {
namespace {

size_t collect(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

Result<HttpResponse> HttpClient::send(const QUrl &url, const QList<QByteArray> &headers, const QByteArray &body)
{
    static std::once_flag initialized;
    std::call_once(initialized, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (!url.isValid() || !(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
        return makeError(ErrorCode::InvalidInput, tr("%1 is not an http(s) address").arg(url.toString()));
    std::unique_ptr<CURL, void (*)(CURL *)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return makeError(ErrorCode::Io, tr("cannot start the HTTP client"));
    CURL *c = curl.get();
    std::unique_ptr<curl_slist, void (*)(curl_slist *)> list(nullptr, curl_slist_free_all);
    for (const QByteArray &header : headers)
        list.reset(curl_slist_append(list.release(), header.constData()));
    const QByteArray encoded = url.toEncoded();
    HttpResponse response;
    curl_easy_setopt(c, CURLOPT_URL, encoded.constData());
    if (!body.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE, long(body.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, list.get());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    char detail[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
    if (const CURLcode result = curl_easy_perform(c); result != CURLE_OK) {
        return makeError(ErrorCode::ServerUnavailable,
            tr("%1 cannot be reached: %2")
                .arg(url.host(), QString::fromUtf8(detail[0] ? detail : curl_easy_strerror(result))));
    }
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace cc::net
