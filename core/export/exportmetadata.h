// What every written file says about itself (PNG text chunks, SVG <title>/<desc>, PDF document
// info, video tags): the map's title with its date, the counts, map and dataset edition, software.
#pragma once

#include <QDateTime>
#include <QString>

namespace atlas {

class AtlasDocument;
struct ExportRequest;

struct ExportMetadata {
    QString title;        // "Recognition of Kosovo, 17 February 2013" (or the request's own title)
    QString description;  // the counts on the map's date
    QString source;       // map file and dataset with its version
    QString software;     // "Kosovo Recognition Atlas 0.1.0"
    QString datasetVersion;
};

ExportMetadata exportMetadata(const AtlasDocument &document, const ExportRequest &request);

// "Tue, 01 Dec 2026 22:39:07 GMT": the RFC 1123 form PNG's "Creation Time" keyword asks for.
QString rfc1123(const QDateTime &time);

} // namespace atlas
