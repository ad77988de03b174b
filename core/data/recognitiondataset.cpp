#include "recognitiondataset.h"

namespace atlas {

int RecognitionDataset::indexOf(const QString &code) const
{
    return m_index.value(code, -1);
}

const StateInfo *RecognitionDataset::state(const QString &code) const
{
    const int i = indexOf(code);
    return i < 0 ? nullptr : &states[i];
}

QStringList RecognitionDataset::groups() const
{
    QStringList out;
    for (const Membership &m : memberships)
        if (!out.contains(m.group))
            out << m.group;
    return out;
}

QList<RecognitionEvent> RecognitionDataset::eventsOf(const QString &code) const
{
    QList<RecognitionEvent> out;
    for (const RecognitionEvent &e : events)
        if (e.code == code)
            out << e;
    return out;
}

void RecognitionDataset::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < states.size(); ++i)
        m_index.insert(states[i].code, i);
}

} // namespace atlas
