#include "labels.h"

#include "recognitiontimeline.h"
#include "statenames.h"

#include <QCoreApplication>
#include <QLocale>

namespace atlas {
namespace {

// Free functions have no class to give tr() its context; lupdate reads the context from this.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(atlas::Labels)
};

} // namespace

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Self: return Tr::tr("Kosovo itself");
    case Status::Recognizes: return Tr::tr("Recognises Kosovo");
    case Status::WithdrawalClaimed: return Tr::tr("Withdrawal of recognition claimed");
    case Status::DoesNotRecognize: return Tr::tr("Does not recognise Kosovo");
    }
    return {};
}

QString eventLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Recognition: return Tr::tr("Recognition");
    case EventKind::WithdrawalClaim: return Tr::tr("Withdrawal claim");
    case EventKind::ReRecognition: return Tr::tr("Recognition renewed");
    case EventKind::RecognitionAnnulled: return Tr::tr("Recognition annulled");
    case EventKind::RecognitionContested: return Tr::tr("Recognition contested by the state");
    }
    return {};
}

QString longDate(const QDate &date)
{
    //: QDate::toString format of a long date: d = day, MMMM = month name, yyyy = year.
    return QLocale().toString(date, Tr::tr("d MMMM yyyy"));
}

QString shortDate(const QDate &date)
{
    const QLocale locale;
    //: QDate::toString format of a short date: d = day, MMM = short month name, yyyy = year.
    QString format = Tr::tr("d MMM yyyy");
    // British English abbreviates September alone to four letters ("Sept", beside "Oct"): English
    // months are cut to three letters, all alike.
    if (locale.language() == QLocale::English && format.contains(QLatin1String("MMM")) &&
        !format.contains(QLatin1String("MMMM"))) {
        const QString month = locale.monthName(date.month(), QLocale::LongFormat).left(3);
        format.replace(QLatin1String("MMM"), QLatin1Char('\'') + month + QLatin1Char('\''));
    }
    return locale.toString(date, format);
}

QString localName(const StateNames &names, const QString &code, const QString &english)
{
    const NameLanguage language = StateNames::languageOf(QLocale());
    const QString local = language == NameLanguage::English ? QString() : names.name(code, language);
    return local.isEmpty() ? english : local;
}

QString stateName(const StateNames &names, const StateInfo &state)
{
    return localName(names, state.code, state.name);
}

QString stateSummary(const RecognitionTimeline &timeline, const StateNames &names, int stateIndex, const QDate &date,
                     const QString &place)
{
    const StateInfo &state = timeline.dataset().states.at(stateIndex);
    const QString name = stateName(names, state);
    const QString who = place.isEmpty() ? name : Tr::tr("%1 (%2)").arg(place, name);
    const Status status = timeline.status(stateIndex, date);
    const QDate since = timeline.since(stateIndex, date);
    if (status == Status::Self)
        return Tr::tr("%1: declared independence on %2").arg(who, longDate(timeline.dataset().subject.firstDay));
    if (since.isNull())
        return Tr::tr("%1: %2").arg(who, statusLabel(status));
    return Tr::tr("%1: %2 since %3").arg(who, statusLabel(status), longDate(since));
}

} // namespace atlas
