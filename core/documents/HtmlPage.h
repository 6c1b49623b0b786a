// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QImage>
#include <memory>

class QTextDocument;

namespace cc::documents {

/// A printed document laid out from HTML on A4 pages with 15 mm margins, with the images
/// it names: printed to PDF, or painted page by page for a preview. Needs a
/// QGuiApplication (fonts); may be used on any thread, one thread at a time.
class HtmlPage {
    Q_DECLARE_TR_FUNCTIONS(HtmlPage)

public:
    HtmlPage();
    ~HtmlPage();
    HtmlPage(const HtmlPage &) = delete;
    HtmlPage &operator=(const HtmlPage &) = delete;

    /// The layout to fill in: the file a workspace setting names (e.g. invoice.template)
    /// when set, otherwise `builtIn`.
    static Result<QString> layout(storage::SqlDatabase &db, const QString &settingKey, const QString &builtIn);

    /// Loads the logo file (CompanyProfile::logoPath) as the image "logo"; false when no file is named.
    Result<bool> addLogo(const QString &path);
    /// An image the HTML shows as <img src="NAME">.
    void addImage(const QString &name, const QImage &image);
    void setHtml(const QString &html);

    Result<QByteArray> toPdf(const QString &title) const;
    /// Each page as an image at `dotsPerInch`, white paper with the margins.
    QList<QImage> toImages(int dotsPerInch) const;

private:
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace cc::documents
