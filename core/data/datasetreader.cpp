#include "datasetreader.h"

#include "csvrow.h"
#include "datasetsubject.h"
#include "eventsequencecheck.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <functional>

namespace atlas {
namespace {

using RowHandler = std::function<void(CsvRow &)>;

constexpr int kMaxErrorsPerFile = 50;

struct MembershipRow {
    QDate joined;
    QDate left;  // null: still a member
    int line = 0;
};

bool isHeaderRow(const CsvRecord &record, const CsvTable &table)
{
    if (record.fields.size() != table.header.size())
        return false;
    for (qsizetype i = 0; i < record.fields.size(); ++i)
        if (record.fields.at(i).trimmed() != table.header.at(i).trimmed())
            return false;
    return true;
}

// Shared frame of every file reader: parse, check the header, hand each well-formed row over.
template <typename T>
void readTable(const QString &path, const QStringList &columns, Result<T> &result, const RowHandler &handle)
{
    Result<CsvTable> table = readCsvFile(path);
    result.errors += table.errors;
    result.warnings += table.warnings;
    if (!table.ok())
        return;
    const int before = int(result.errors.size());
    CsvColumns header(table.value, columns, path, result.errors);
    if (int(result.errors.size()) > before)
        return;
    for (const CsvRecord &record : std::as_const(table.value.records)) {
        // A file of noise would otherwise give a million messages: too many to print or show.
        if (int(result.errors.size()) - before >= kMaxErrorsPerFile) {
            result.errors.append({path, record.line, {}, QStringLiteral("stopped after %1 errors in this file").arg(kMaxErrorsPerFile)});
            return;
        }
        if (isHeaderRow(record, table.value)) {
            result.errors.append({path, record.line, {}, QStringLiteral("repeats the header row; was the file pasted in twice?")});
            continue;
        }
        CsvRow row(header, record, result.errors);
        if (row.shapeOk())
            handle(row);
    }
}

class DatasetReader {
public:
    DatasetReader(const QString &dir, const QDate &today) : m_dir(dir), m_today(today) {}

    Result<RecognitionDataset> read()
    {
        m_result.value.directory = m_dir;
        readSubject();
        if (m_result.ok())  // the subject's first day bounds every date below
            readStates();
        if (m_result.ok()) {  // every other file refers to state codes
            readEvents();
            readPositions();
            readMemberships();
            readKeyDates();
            readCountFacts();
            readPublishedCounts();
        }
        if (m_result.ok())
            checkEventSequences(m_result.value, m_result.errors);
        warnMissingPositions();
        return std::move(m_result);
    }

private:
    QString path(const char *name) const { return QDir(m_dir).filePath(QString::fromLatin1(name)); }
    RecognitionDataset &data() { return m_result.value; }

    QString knownCode(CsvRow &row, const QString &column)
    {
        const QString code = row.required(column);
        if (!code.isEmpty() && data().indexOf(code) < 0)
            row.error(column, QStringLiteral("unknown state code '%1' (not in states.csv)").arg(code.left(20)));
        return code;
    }

    std::optional<QDate> storyDate(CsvRow &row, const QString &column)
    {
        auto date = row.date(column);
        const QDate first = data().subject.firstDay;
        if (date && (*date < first || *date > m_today)) {
            row.error(column, QStringLiteral("%1 is outside %2 .. %3")
                                  .arg(date->toString(Qt::ISODate), first.toString(Qt::ISODate),
                                       m_today.toString(Qt::ISODate)));
            return std::nullopt;
        }
        return date;
    }

    void readSubject()
    {
        Result<DatasetSubject> subject = readDatasetSubject(m_dir);
        m_result.errors += subject.errors;
        m_result.warnings += subject.warnings;
        data().subject = std::move(subject.value);
    }

    // `kosovo` is the word datasets used before subject.csv existed; it still means the subject.
    static std::optional<StateKind> kindFromWord(const QString &word)
    {
        static const QHash<QString, StateKind> kinds = {
            {QStringLiteral("un_member"), StateKind::UnMember}, {QStringLiteral("un_observer"), StateKind::UnObserver},
            {QStringLiteral("subject"), StateKind::Subject},     {QStringLiteral("kosovo"), StateKind::Subject},
            {QStringLiteral("other"), StateKind::Other}};
        const auto it = kinds.find(word);
        return it == kinds.end() ? std::nullopt : std::optional<StateKind>(*it);
    }

    void readStates()
    {
        QSet<QString> seen;  // not data().indexOf(): rebuilding the index per row is quadratic
        readTable(path("states.csv"), {QStringLiteral("iso_a3"), QStringLiteral("name"), QStringLiteral("kind")},
                  m_result, [&](CsvRow &row) {
                      StateInfo state{row.required(QStringLiteral("iso_a3")), row.required(QStringLiteral("name")), {}};
                      const auto kind = kindFromWord(row.text(QStringLiteral("kind")));
                      if (!kind)
                          row.error(QStringLiteral("kind"), QStringLiteral("must be one of un_member, un_observer, subject, other"));
                      state.kind = kind.value_or(StateKind::UnMember);
                      if ((state.kind == StateKind::Subject) != (state.code == data().subject.code))
                          row.error(QStringLiteral("kind"), QStringLiteral("'subject' is the kind of %1 (subject.csv) and of no other state")
                                                                .arg(data().subject.code));
                      if (seen.contains(state.code))
                          row.error(QStringLiteral("iso_a3"), QStringLiteral("duplicate state code '%1'").arg(state.code.left(20)));
                      seen.insert(state.code);
                      data().states.append(state);
                  });
        data().rebuildIndex();
        if (m_result.ok() && data().indexOf(data().subject.code) < 0)
            m_result.errors.append({path("subject.csv"), 2, QStringLiteral("code"),
                                    QStringLiteral("'%1' is not in states.csv").arg(data().subject.code.left(20))});
    }

    void readEvents()
    {
        const QStringList columns = {QStringLiteral("iso_a3"), QStringLiteral("date"), QStringLiteral("alt_dates"),
                                     QStringLiteral("event"), QStringLiteral("claimed_by"), QStringLiteral("disputed"),
                                     QStringLiteral("source"), QStringLiteral("note")};
        QSet<QString> seen;
        readTable(path("events.csv"), columns, m_result, [&](CsvRow &row) {
            RecognitionEvent e;
            e.line = row.line();
            e.code = knownCode(row, QStringLiteral("iso_a3"));
            e.date = storyDate(row, QStringLiteral("date")).value_or(QDate());
            e.altDates = row.dateList(QStringLiteral("alt_dates"));
            const auto kind = eventFromWord(row.text(QStringLiteral("event")));
            if (!kind)
                row.error(QStringLiteral("event"), QStringLiteral("unknown event '%1'").arg(row.text(QStringLiteral("event")).left(40)));
            e.kind = kind.value_or(EventKind::Recognition);
            e.claimedBy = knownCode(row, QStringLiteral("claimed_by"));
            const QString disputed = row.text(QStringLiteral("disputed"));
            if (disputed != QLatin1String("yes") && disputed != QLatin1String("no"))
                row.error(QStringLiteral("disputed"), QStringLiteral("must be 'yes' or 'no'"));
            e.disputed = disputed == QLatin1String("yes");
            e.sources = row.sources(QStringLiteral("source"));
            e.note = row.text(QStringLiteral("note"));
            const QString key = e.code + e.date.toString(Qt::ISODate) + eventWord(e.kind);
            if (seen.contains(key))
                row.error(QStringLiteral("event"), QStringLiteral("duplicate event (same state, date and kind)"));
            seen.insert(key);
            data().events.append(e);
        });
        std::stable_sort(data().events.begin(), data().events.end(),
                         [](const RecognitionEvent &a, const RecognitionEvent &b) { return a.date < b.date; });
    }

    void readPositions()
    {
        readTable(path("positions.csv"), {QStringLiteral("iso_a3"), QStringLiteral("position"), QStringLiteral("sources")},
                  m_result, [&](CsvRow &row) {
                      const QString code = knownCode(row, QStringLiteral("iso_a3"));
                      StatedPosition position{row.required(QStringLiteral("position")), row.sources(QStringLiteral("sources"))};
                      if (data().positions.contains(code))
                          row.error(QStringLiteral("iso_a3"), QStringLiteral("second position for '%1'").arg(code.left(20)));
                      data().positions.insert(code, position);
                  });
    }

    void readMemberships()
    {
        QHash<QString, QList<MembershipRow>> periods;  // by group + code
        readTable(path("memberships.csv"),
                  {QStringLiteral("group"), QStringLiteral("iso_a3"), QStringLiteral("joined"), QStringLiteral("left"),
                   QStringLiteral("source")},
                  m_result, [&](CsvRow &row) {
                      Membership m;
                      m.group = row.required(QStringLiteral("group"));
                      m.code = knownCode(row, QStringLiteral("iso_a3"));
                      m.joined = row.date(QStringLiteral("joined")).value_or(QDate());
                      m.left = row.date(QStringLiteral("left"), true).value_or(QDate());
                      if (m.left.isValid() && m.joined.isValid() && m.left <= m.joined)
                          row.error(QStringLiteral("left"), QStringLiteral("must be after 'joined'"));
                      m.sources = row.sources(QStringLiteral("source"));
                      checkOverlap(row, m, periods[m.group + QLatin1Char('/') + m.code]);
                      data().memberships.append(m);
                  });
    }

    // A state is in a group at most once on any day, else the group tallies count it twice.
    static void checkOverlap(CsvRow &row, const Membership &m, QList<MembershipRow> &earlier)
    {
        for (const MembershipRow &e : std::as_const(earlier)) {
            const bool before = m.left.isValid() && m.left < e.joined;
            const bool after = e.left.isValid() && e.left < m.joined;
            if (!before && !after && m.joined.isValid() && e.joined.isValid()) {
                row.error(QStringLiteral("joined"), QStringLiteral("%1 in %2 overlaps the membership on line %3")
                                                        .arg(m.code.left(20), m.group.left(20)).arg(e.line));
                return;
            }
        }
        earlier.append({m.joined, m.left, row.line()});
    }

    void readKeyDates()
    {
        QSet<QString> ids;
        readTable(path("key_dates.csv"),
                  {QStringLiteral("date"), QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("source")},
                  m_result, [&](CsvRow &row) {
                      KeyDate k{storyDate(row, QStringLiteral("date")).value_or(QDate()), row.required(QStringLiteral("id")),
                                row.required(QStringLiteral("label")), row.sources(QStringLiteral("source"))};
                      if (ids.contains(k.id))
                          row.error(QStringLiteral("id"), QStringLiteral("duplicate key date '%1'").arg(k.id.left(40)));
                      ids.insert(k.id);
                      data().keyDates.append(k);
                  });
        std::stable_sort(data().keyDates.begin(), data().keyDates.end(),
                         [](const KeyDate &a, const KeyDate &b) { return a.date < b.date; });
    }

    // Both files came after the others: a dataset folder without them is still a dataset (the
    // rules then read events only), but a file that is there is checked like every other.
    bool optionalFilePresent(const char *name) const { return QFile::exists(path(name)); }

    std::optional<QDate> untilDate(CsvRow &row, const std::optional<QDate> &from)
    {
        const auto until = row.date(QStringLiteral("until"), true);
        if (until && until->isValid() && from && *until < *from) {
            row.error(QStringLiteral("until"), QStringLiteral("must not be before 'from'"));
            return std::nullopt;
        }
        return until;
    }

    void readCountFacts()
    {
        if (!optionalFilePresent("count_facts.csv"))
            return;
        const QStringList columns = {QStringLiteral("fact"), QStringLiteral("iso_a3"), QStringLiteral("from"),
                                     QStringLiteral("until"), QStringLiteral("source"), QStringLiteral("note")};
        readTable(path("count_facts.csv"), columns, m_result, [&](CsvRow &row) {
            CountFact f;
            f.line = row.line();
            const auto kind = countFactFromWord(row.text(QStringLiteral("fact")));
            if (!kind)
                row.error(QStringLiteral("fact"), QStringLiteral("unknown fact '%1' (expected one of %2)")
                                                      .arg(row.text(QStringLiteral("fact")).left(40), countFactWords()));
            f.kind = kind.value_or(CountFactKind::KosovoListIncludes);
            f.code = knownCode(row, QStringLiteral("iso_a3"));
            const auto from = storyDate(row, QStringLiteral("from"));
            f.from = from.value_or(QDate());
            f.until = untilDate(row, from).value_or(QDate());
            f.sources = row.sources(QStringLiteral("source"));
            f.note = row.text(QStringLiteral("note"));
            data().countFacts.append(f);
        });
    }

    std::optional<int> figure(CsvRow &row)
    {
        bool ok = false;
        const int n = row.text(QStringLiteral("figure")).toInt(&ok);
        if (!ok || n < 0 || n > int(data().states.size())) {
            row.error(QStringLiteral("figure"), QStringLiteral("'%1' is not a whole number between 0 and %2")
                                                    .arg(row.text(QStringLiteral("figure")).left(20))
                                                    .arg(data().states.size()));
            return std::nullopt;
        }
        return n;
    }

    template <typename T>
    T wordOf(CsvRow &row, const QString &column, const std::optional<T> &parsed, const QString &allowed, T fallback)
    {
        if (!parsed)
            row.error(column, QStringLiteral("'%1' is not one of %2").arg(row.text(column).left(40), allowed));
        return parsed.value_or(fallback);
    }

    void readPublishedCounts()
    {
        if (!optionalFilePresent("published_counts.csv"))
            return;
        const QStringList columns = {QStringLiteral("date"),      QStringLiteral("figure"), QStringLiteral("scope"),
                                     QStringLiteral("publisher"), QStringLiteral("rule"),   QStringLiteral("source"),
                                     QStringLiteral("note")};
        readTable(path("published_counts.csv"), columns, m_result, [&](CsvRow &row) {
            PublishedCount c;
            c.line = row.line();
            c.date = storyDate(row, QStringLiteral("date")).value_or(QDate());
            c.figure = figure(row).value_or(0);
            c.scope = wordOf(row, QStringLiteral("scope"), countScopeFromWord(row.text(QStringLiteral("scope"))),
                             QStringLiteral("un, all"), CountScope::Un);
            c.publisher = row.text(QStringLiteral("publisher"));
            if (!publisherWords().contains(c.publisher))
                row.error(QStringLiteral("publisher"), QStringLiteral("'%1' is not one of %2")
                                                           .arg(c.publisher.left(40), publisherWords().join(QStringLiteral(", "))));
            c.rule = wordOf(row, QStringLiteral("rule"), countingRuleFromWord(row.text(QStringLiteral("rule"))),
                            countingRuleWords(), CountingRule::Net);
            c.sources = row.sources(QStringLiteral("source"));
            c.note = row.text(QStringLiteral("note"));
            data().publishedCounts.append(c);
        });
    }

    void warnMissingPositions()
    {
        for (const StateInfo &s : std::as_const(data().states))
            if (s.kind == StateKind::UnMember && !data().positions.contains(s.code))
                m_result.warnings.append({path("positions.csv"), 0, QStringLiteral("iso_a3"),
                                          QStringLiteral("no stated position for %1 (%2)").arg(s.code, s.name)});
    }

    QString m_dir;
    QDate m_today;
    Result<RecognitionDataset> m_result;
};

} // namespace

Result<RecognitionDataset> readDataset(const QString &dir, const QDate &today)
{
    if (!QDir(dir).exists())
        return {{}, {{dir, 0, {}, QStringLiteral("dataset folder does not exist")}}, {}};
    return DatasetReader(dir, today).read();
}

} // namespace atlas
