// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlPage.h"

#include "storage/SettingsRepository.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cc::documents {
namespace {

constexpr int kPdfDotsPerInch = 300;
constexpr int kLogoPixels = 600;

QPageLayout a4()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

} // namespace

HtmlPage::HtmlPage()
    : m_document(std::make_unique<QTextDocument>())
{
}

HtmlPage::~HtmlPage() = default;

Result<QString> HtmlPage::layout(storage::SqlDatabase &db, const QString &settingKey, const QString &builtIn)
{
    auto own = storage::SettingsRepository(db).value(settingKey);
    if (!own)
        return own.error();
    if (!*own || (*own)->isEmpty())
        return builtIn;
    QFile file(**own);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            tr("the template %1 (setting %2) cannot be read: %3").arg(**own, settingKey, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<bool> HtmlPage::addLogo(const QString &path)
{
    if (path.isEmpty())
        return false;
    QImageReader reader(path);
    // Vector logos are drawn big enough to stay sharp in print.
    if (reader.format() == "svg" && reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(kLogoPixels, kLogoPixels, Qt::KeepAspectRatio));
    const QImage logo = reader.read();
    if (logo.isNull())
        return makeError(
            ErrorCode::Io, tr("the company logo %1 cannot be read as an image: %2").arg(path, reader.errorString()));
    addImage(QStringLiteral("logo"), logo);
    return true;
}

void HtmlPage::addImage(const QString &name, const QImage &image)
{
    m_document->addResource(QTextDocument::ImageResource, QUrl(name), image);
}

void HtmlPage::setHtml(const QString &html)
{
    m_document->setHtml(html);
}

Result<QByteArray> HtmlPage::toPdf(const QString &title) const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(a4());
    writer.setResolution(kPdfDotsPerInch);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CashCycle"));
    m_document->print(&writer);
    if (pdf.isEmpty())
        return makeError(ErrorCode::Io, tr("the PDF for %1 came out empty").arg(title));
    return pdf;
}

QList<QImage> HtmlPage::toImages(int dotsPerInch) const
{
    // Laid out on a copy at the printable size in points, as print() does, then scaled. The
    // copy is the original's child, so it finds the original's images.
    const std::unique_ptr<QTextDocument> copy(m_document->clone(m_document.get()));
    const QPageLayout page = a4();
    const QSizeF printable = page.paintRect(QPageLayout::Point).size();
    copy->setPageSize(printable);
    const qreal scale = dotsPerInch / 72.0;
    const QSizeF full = page.fullRect(QPageLayout::Point).size();
    const QPointF margin = page.paintRect(QPageLayout::Point).topLeft();
    QList<QImage> pages;
    for (int i = 0; i < copy->pageCount(); ++i) {
        QImage image((full * scale).toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(scale, scale);
        painter.translate(margin);
        const QRectF visible(0, i * printable.height(), printable.width(), printable.height());
        painter.translate(0, -visible.top());
        copy->drawContents(&painter, visible);
        pages << image;
    }
    return pages;
}

} // namespace cc::documents
