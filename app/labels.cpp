#include "labels.h"

#include "datasetreader.h"
#include "recognitiontimeline.h"

#include <QCoreApplication>
#include <QLocale>

namespace atlas {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("atlas::Labels", text);
}

} // namespace

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Self: return tr("Kosovo itself");
    case Status::Recognizes: return tr("Recognises Kosovo");
    case Status::WithdrawalClaimed: return tr("Withdrawal of recognition claimed");
    case Status::DoesNotRecognize: return tr("Does not recognise Kosovo");
    }
    return {};
}

QString eventLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Recognition: return tr("Recognition");
    case EventKind::WithdrawalClaim: return tr("Withdrawal claim");
    case EventKind::ReRecognition: return tr("Recognition renewed");
    case EventKind::RecognitionAnnulled: return tr("Recognition annulled");
    case EventKind::RecognitionContested: return tr("Recognition contested by the state");
    }
    return {};
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString stateSummary(const RecognitionTimeline &timeline, int stateIndex, const QDate &date, const QString &place)
{
    const StateInfo &state = timeline.dataset().states.at(stateIndex);
    const QString who = place.isEmpty() ? state.name : tr("%1 (%2)").arg(place, state.name);
    const Status status = timeline.status(stateIndex, date);
    const QDate since = timeline.since(stateIndex, date);
    if (status == Status::Self)
        return tr("%1: declared independence on %2").arg(who, longDate(kDeclarationDate));
    if (since.isNull())
        return tr("%1: %2").arg(who, statusLabel(status));
    return tr("%1: %2 since %3").arg(who, statusLabel(status), longDate(since));
}

} // namespace atlas
