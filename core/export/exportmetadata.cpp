#include "exportmetadata.h"

#include "atlasdocument.h"
#include "exportrequest.h"
#include "mapannotations.h"
#include "recognitiontimeline.h"

#include <QFileInfo>
#include <QLocale>

#ifndef ATLAS_VERSION
#define ATLAS_VERSION "unknown"
#endif

namespace atlas {

ExportMetadata exportMetadata(const AtlasDocument &document, const ExportRequest &request)
{
    const AnnotationText text = annotationText(document.timeline(), renderOptions(request));
    ExportMetadata m;
    m.title = text.title;
    m.description = text.counter + QStringLiteral("; ") + text.withdrawals + QStringLiteral(".");
    m.datasetVersion = document.subject().version;
    m.source = QStringLiteral("Map: %1 (Natural Earth, public domain); data: Kosovo Recognition Atlas dataset %2, "
                              "%3 sourced events")
                   .arg(QFileInfo(document.sources().mapPath).fileName(), document.subject().editionText())
                   .arg(document.dataset().events.size());
    m.software = QStringLiteral("Kosovo Recognition Atlas " ATLAS_VERSION);
    return m;
}

QString rfc1123(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
}

} // namespace atlas
