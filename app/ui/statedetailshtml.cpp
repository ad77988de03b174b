#include "statedetailshtml.h"

#include "labels.h"
#include "recognitiondataset.h"
#include "sourcecitation.h"

#include <QCoreApplication>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::StateDetails)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString claimantName(const RecognitionDataset &data, const StateNames &names, const QString &code)
{
    const StateInfo *s = data.state(code);
    return s ? stateName(names, *s) : code;
}

QString historyHtml(const RecognitionDataset &data, const StateNames &names, const QString &code)
{
    const QList<RecognitionEvent> events = data.eventsOf(code);
    if (events.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No recognition events recorded."));
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3'>");
    for (const RecognitionEvent &e : events) {
        const QString disputed = e.disputed ? QStringLiteral(" <b>%1</b>").arg(Tr::tr("(disputed)")) : QString();
        html += QStringLiteral("<tr><td valign='top' style='white-space:nowrap'>%1</td><td valign='top'><b>%2</b>%3<br/>"
                               "%4<br/>%5</td></tr>")
                    .arg(esc(shortDate(e.date)), esc(eventLabel(e.kind)), disputed,
                         esc(Tr::tr("Asserted by %1").arg(claimantName(data, names, e.claimedBy))),
                         sourceLinksHtml(e.sources));
        if (!e.note.isEmpty())
            html += QStringLiteral("<tr><td></td><td><small>%1</small></td></tr>").arg(esc(e.note));
    }
    return html + QStringLiteral("</table>");
}

QString positionHtml(const RecognitionDataset &data, const QString &code)
{
    const auto it = data.positions.constFind(code);
    if (it == data.positions.cend())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("No stated position recorded."));
    return QStringLiteral("<p>%1</p><p>%2</p>").arg(esc(it->text), sourceLinksHtml(it->sources));
}

QString membershipsHtml(const RecognitionDataset &data, const QString &code)
{
    QStringList items;
    for (const Membership &m : data.memberships) {
        if (m.code != code)
            continue;
        const QString span = m.left.isNull() ? Tr::tr("member since %1").arg(shortDate(m.joined))
                                             : Tr::tr("member %1 to %2").arg(shortDate(m.joined), shortDate(m.left));
        items << QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(m.group), esc(span));
    }
    if (items.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("Member of none of UN, EU, NATO, AU, OIC, G20."));
    return QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
}

} // namespace

QString sourceLinksHtml(const QStringList &sources)
{
    QStringList links;
    int n = 0;
    for (const SourceCitation &c : parseSources(sources)) {
        ++n;
        if (c.url.isEmpty())
            links << QStringLiteral("[%1] %2").arg(QString::number(n), esc(c.text));
        else  // one multi-arg call: URLs hold "%2F" and the like, which a chained arg() would replace
            links << QStringLiteral("<a href='%1' title='%1'>[%2] %3</a>").arg(esc(c.url), QString::number(n), esc(c.text));
    }
    return QStringLiteral("<small>%1</small>").arg(links.join(QStringLiteral("<br/>")));
}

QString stateDetailsHtml(const RecognitionDataset &data, const StateNames &names, int stateIndex)
{
    const QString code = data.states.at(stateIndex).code;
    return QStringLiteral("<h3>%1</h3>%2<h3>%3</h3>%4<h3>%5</h3>%6")
        .arg(esc(Tr::tr("Events")), historyHtml(data, names, code), esc(Tr::tr("Stated position")), positionHtml(data, code),
             esc(Tr::tr("Memberships")), membershipsHtml(data, code));
}

} // namespace atlas
