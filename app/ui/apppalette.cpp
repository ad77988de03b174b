#include "apppalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace atlas {

QPalette darkPalette()
{
    // Greys close to MapTheme::dark()'s background, with the map's blue as the accent.
    const QColor window(0x25, 0x28, 0x2E), base(0x1B, 0x1D, 0x22), text(0xF2, 0xF2, 0xF2);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA4, 0xAC));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3A, 0x3E, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x36, 0x3D));
    p.setColor(QPalette::Mid, QColor(0x5A, 0x5E, 0x66));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1A));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x93, 0xD6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7C, 0xBC, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xC0, 0x9C, 0xE8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

void applyAppPalette(bool dark)
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace atlas
