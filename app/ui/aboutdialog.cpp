#include "aboutdialog.h"

#include "recognitiondataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::AboutDialog)
};

// SOURCES.md lists every source the dataset cites; README.md describes the files when it is absent.
QString sourcesLink(const QString &dataDir)
{
    const QDir dir(dataDir);
    QString file = dir.filePath(QStringLiteral("SOURCES.md"));
    if (!QFileInfo::exists(file))
        file = dir.filePath(QStringLiteral("README.md"));
    return QStringLiteral("<a href='%1'>%2</a>")
        .arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped(), QDir::toNativeSeparators(file).toHtmlEscaped());
}

} // namespace

// Video export links FFmpeg, and Debian's libavcodec links libx264 (GPL): the binary as a whole
// is then under the GPL, and the About box says so.
QString videoLicenceNote()
{
#ifdef ATLAS_WITH_FFMPEG
    return Tr::tr("<p>Video export (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), linked on Debian with "
                  "<b>libx264 (GPL 2+)</b> and libvpx (BSD). Because of libx264 this build is distributed under "
                  "the terms of the GNU GPL version 2 or later; see the package's copyright file.</p>");
#else
    return {};
#endif
}

QString aboutText(const RecognitionDataset &data)
{
    return
        Tr::tr("<h2>Kosovo Recognition Atlas %1</h2>"
           "<p>Which states recognise Kosovo, on any date since the declaration of independence on "
           "17 February 2008: a map, a timeline and the sources behind every event.</p>"
           "<h3>Data</h3>"
           "<p><b>Country outlines</b>: Natural Earth, 1:50m admin-0 countries, public domain "
           "(<a href='https://www.naturalearthdata.com/'>naturalearthdata.com</a>).</p>"
           "<p><b>Recognition dataset</b>: %2 events, %3 states, each row with its sources. The sources are "
           "listed in %4 and shown for each state in the side panel.</p>"
           "<p>Withdrawal claims are shown separately and never counted as recognitions; disputed events are "
           "marked as such.</p>"
           "<h3>Built with</h3>"
           "<p>Qt 6 (LGPLv3), GDAL/OGR and PROJ (MIT), GEOS (LGPL 2.1+), libpng (libpng licence), giflib (MIT).</p>%5")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
            .arg(data.events.size())
            .arg(data.states.size())
            .arg(sourcesLink(data.directory))
            .arg(videoLicenceNote()) +
        Tr::tr("<h3>Licences</h3>"
               "<p><b>Code</b>: MIT licence (the file LICENSE). <b>Recognition dataset</b> (its tables and "
               "prose): Creative Commons Attribution 4.0 (CC BY 4.0). <b>Country outlines</b>: public domain.</p>");
}

void showAboutDialog(QWidget *parent, const RecognitionDataset &data)
{
    const QString text = aboutText(data);
    QMessageBox box(parent);
    box.setWindowTitle(Tr::tr("About Kosovo Recognition Atlas"));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.setText(text);
    box.setIcon(QMessageBox::Information);
    box.exec();
}

} // namespace atlas
