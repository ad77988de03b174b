// The formats a map export can be written in, chosen by the file's extension (case-insensitive):
// .png (also: no extension, as before formats existed), .svg and .pdf. One list, so the command
// line's error message, the window's save dialog and the writers agree.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

enum class ExportFormat { Png, Svg, Pdf };

// Png for "map.png", "MAP.PNG" and "map"; nullopt for an extension no writer handles ("map.jpg").
std::optional<ExportFormat> exportFormatForPath(const QString &path);
QString extensionOf(const QString &path);          // "jpg" for "x/map.JPG"; empty when none
QString formatExtension(ExportFormat format);       // "png", "svg", "pdf"
QStringList exportFormatExtensions();               // {"png", "svg", "pdf"}

} // namespace atlas
