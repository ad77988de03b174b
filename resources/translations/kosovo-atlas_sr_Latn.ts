<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn_RS" sourcelanguage="en">
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>About Kosovo Recognition Atlas</source>
        <translation>O Atlasu priznanja Kosova</translation>
    </message>
    <message>
        <source>&lt;p&gt;Video export (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), linked on Debian with &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; and libvpx (BSD). Because of libx264 this build is distributed under the terms of the GNU GPL version 2 or later; see the package&apos;s copyright file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Izvoz videa (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), na Debianu povezan sa &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; i libvpx (BSD). Zbog biblioteke libx264 ova verzija se distribuira pod uslovima GNU GPL, verzija 2 ili novija; pogledajte datoteku copyright paketa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kosovo Recognition Atlas %1&lt;/h2&gt;&lt;p&gt;Which states recognise Kosovo, on any date since the declaration of independence on 17 February 2008: a map, a timeline and the sources behind every event.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Country outlines&lt;/b&gt;: Natural Earth, 1:50m admin-0 countries, public domain (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recognition dataset&lt;/b&gt;: %2 events, %3 states, each row with its sources. The sources are listed in %4 and shown for each state in the side panel.&lt;/p&gt;&lt;p&gt;Withdrawal claims are shown separately and never counted as recognitions; disputed events are marked as such.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR and PROJ (MIT), GEOS (LGPL 2.1+), libpng (libpng licence), giflib (MIT).&lt;/p&gt;%5</source>
        <translation>&lt;h2&gt;Atlas priznanja Kosova %1&lt;/h2&gt;&lt;p&gt;Koje države priznaju Kosovo, na bilo koji datum od proglašenja nezavisnosti 17. februara 2008: mapa, vremenska linija i izvori za svaki događaj.&lt;/p&gt;&lt;h3&gt;Podaci&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Obrisi zemalja&lt;/b&gt;: Natural Earth, zemlje admin-0 u razmeri 1:50m, javno dobro (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Podaci o priznanjima&lt;/b&gt;: %2 događaja, %3 država, svaki red sa svojim izvorima. Izvori su navedeni u %4 i prikazani za svaku državu u bočnom panelu.&lt;/p&gt;&lt;p&gt;Tvrdnje o povlačenju prikazuju se zasebno i nikada se ne računaju kao priznanja; osporeni događaji su označeni kao takvi.&lt;/p&gt;&lt;h3&gt;Napravljeno pomoću&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR i PROJ (MIT), GEOS (LGPL 2.1+), libpng (licenca libpng), giflib (MIT).&lt;/p&gt;%5</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Code&lt;/b&gt;: MIT licence (the file LICENSE). &lt;b&gt;Recognition dataset&lt;/b&gt; (its tables and prose): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Country outlines&lt;/b&gt;: public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Licence&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Kod&lt;/b&gt;: MIT licenca (datoteka LICENSE). &lt;b&gt;Podaci o priznanjima&lt;/b&gt; (tabele i tekst): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Obrisi država&lt;/b&gt;: javno dobro.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Izvoz animacije</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvezi</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Brzina:</translation>
    </message>
    <message>
        <source>Hold last frame:</source>
        <translation>Zadrži poslednji kadar:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datoteka:</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF animacija</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 video (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>WebM video (VP9)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> kadrova/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <source>Animation file</source>
        <translation>Datoteka animacije</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 datoteke (*.%2)</translation>
    </message>
</context>
<context>
    <name>atlas::ChartsPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>UN member states recognising Kosovo</source>
        <translation>Države članice UN koje priznaju Kosovo</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Priznaju</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Tvrdnja o povlačenju</translation>
    </message>
    <message>
        <source>Click or drag to move the slider to that date</source>
        <translation>Kliknite ili prevucite da pomerite klizač na taj datum</translation>
    </message>
    <message>
        <source>Members recognising, by group</source>
        <translation>Članice koje priznaju, po grupama</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Kosovo&apos;s count</source>
        <translation>Brojanje Kosova</translation>
    </message>
    <message>
        <source>Serbia&apos;s count</source>
        <translation>Brojanje Srbije</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Samo potvrđena</translation>
    </message>
    <message>
        <source>Key dates (point at a square for details)</source>
        <translation>Ključni datumi (pokažite na kvadrat za detalje)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportController</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: upis nije moguć: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Izvoz nije uspeo</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG slike (*.png)</translation>
    </message>
    <message>
        <source>Export status table</source>
        <translation>Izvezi tabelu statusa</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tabele (*.csv)</translation>
    </message>
    <message>
        <source>Writing frames…</source>
        <translation>Upisivanje kadrova…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Zapisano: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) and frames.csv to %1</source>
        <translation>
            <numerusform>Zapisan je %n kadar i frames.csv u %1</numerusform>
            <numerusform>Zapisana su %n kadra i frames.csv u %1</numerusform>
            <numerusform>Zapisano je %n kadrova i frames.csv u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>Zapisano: %1 (%n kadar)</numerusform>
            <numerusform>Zapisano: %1 (%n kadra)</numerusform>
            <numerusform>Zapisano: %1 (%n kadrova)</numerusform>
        </translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG crteži (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumenti (*.pdf)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Izvoz mape</translation>
    </message>
    <message>
        <source>Map copied to the clipboard</source>
        <translation>Mapa je kopirana u privremenu memoriju</translation>
    </message>
    <message>
        <source>%1

No frames were written.</source>
        <translation>%1

Nijedan kadar nije zapisan.</translation>
    </message>
    <message>
        <source>Writing animation…</source>
        <translation>Zapisivanje animacije…</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export PNG</source>
        <translation>Izvezi PNG</translation>
    </message>
    <message>
        <source>Legend with counts</source>
        <translation>Legenda sa brojevima</translation>
    </message>
    <message>
        <source>Title, date and UN counter</source>
        <translation>Naslov, datum i brojač za UN</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Red sa izvorima</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Izvezi…</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Veličina:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Širina:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Visina:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Prikaži:</translation>
    </message>
    <message>
        <source>1280 × 720 (HD)</source>
        <translation>1280 × 720 (HD)</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>Same as the window (%1 × %2)</source>
        <translation>Kao prozor (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Prilagođeno</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The image shows the region and zoom of the window, scaled to %1 pixels wide.</source>
        <translation>Slika prikazuje region i uvećanje prozora, skalirano na širinu od %1 piksela.</translation>
    </message>
    <message>
        <source>Its shape differs from the window&apos;s, so it shows more or less above and below.</source>
        <translation>Njen oblik se razlikuje od oblika prozora, pa prikazuje više ili manje iznad i ispod.</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExportDialog</name>
    <message>
        <source>Export frames</source>
        <translation>Izvezi kadrove</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izaberi…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvezi</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Fascikla:</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Fascikla za kadrove</translation>
    </message>
    <message>
        <source>A new or empty folder: the frames are numbered 0001.png, 0002.png, … beside frames.csv</source>
        <translation>Nova ili prazna fascikla: kadrovi se numerišu 0001.png, 0002.png, … pored frames.csv</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExporter</name>
    <message>
        <source>%1: cannot write to this folder</source>
        <translation>%1: upis u ovu fasciklu nije moguć</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: postoji i nije fascikla</translation>
    </message>
    <message>
        <source>%1: the folder is not empty (frames go into a new or empty folder)</source>
        <translation>%1: fascikla nije prazna (kadrovi idu u novu ili praznu fasciklu)</translation>
    </message>
</context>
<context>
    <name>atlas::Labels</name>
    <message>
        <source>Kosovo itself</source>
        <translation>Sâmo Kosovo</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>Priznaje Kosovo</translation>
    </message>
    <message>
        <source>Withdrawal of recognition claimed</source>
        <translation>Tvrdnja o povlačenju priznanja</translation>
    </message>
    <message>
        <source>Does not recognise Kosovo</source>
        <translation>Ne priznaje Kosovo</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Priznanje</translation>
    </message>
    <message>
        <source>Withdrawal claim</source>
        <translation>Tvrdnja o povlačenju</translation>
    </message>
    <message>
        <source>Recognition renewed</source>
        <translation>Obnovljeno priznanje</translation>
    </message>
    <message>
        <source>Recognition annulled</source>
        <translation>Poništeno priznanje</translation>
    </message>
    <message>
        <source>Recognition contested by the state</source>
        <translation>Priznanje koje država osporava</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QDate::toString format of a long date: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d. MMMM yyyy.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate::toString format of a short date: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d. MMM yyyy.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: declared independence on %2</source>
        <translation>%1: proglašenje nezavisnosti %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 od %3</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>World</source>
        <translation>Svet</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Evropa</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Balkan</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerike</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Azija</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Okeanija</translation>
    </message>
    <message>
        <source>Kosovo Recognition Atlas</source>
        <translation>Atlas priznanja Kosova</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>&amp;Kopiraj mapu</translation>
    </message>
    <message>
        <source>Export Status &amp;Table (CSV)…</source>
        <translation>Izvezi &amp;tabelu statusa (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Frames…</source>
        <translation>Izvezi k&amp;adrove…</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Ponovo &amp;učitaj podatke</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uređivanje</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Pronađi državu…</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Poništi &amp;izbor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Uvećaj</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>U&amp;manji</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Tamna tema</translation>
    </message>
    <message>
        <source>Country &amp;Names</source>
        <translation>&amp;Nazivi država</translation>
    </message>
    <message>
        <source>State &amp;Panel</source>
        <translation>&amp;Panel države</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafikoni</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Pr&amp;esentation Mode</source>
        <translation>Re&amp;žim prezentacije</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Napusti režim prezentacije</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Vreme</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Pusti / Pauza</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>P&amp;rethodni događaj</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Sledeći događaj</translation>
    </message>
    <message>
        <source>&amp;Back One Month</source>
        <translation>Mesec &amp;unazad</translation>
    </message>
    <message>
        <source>&amp;Forward One Month</source>
        <translation>Mesec u&amp;napred</translation>
    </message>
    <message>
        <source>First Date (%1)</source>
        <translation>Prvi datum (%1)</translation>
    </message>
    <message>
        <source>Last Date (Today)</source>
        <translation>Poslednji datum (danas)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>Pona&amp;vljaj</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>&amp;About Kosovo Recognition Atlas</source>
        <translation>&amp;O Atlasu priznanja Kosova</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt-u</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>Cannot open the atlas</source>
        <translation>Atlas ne može da se otvori</translation>
    </message>
    <message>
        <source>&amp;Net (Status Recognises)</source>
        <translation>&amp;Neto (status: priznaje)</translation>
    </message>
    <message>
        <source>&amp;Kosovo&apos;s Foreign Ministry</source>
        <translation>Ministarstvo spoljnih poslova &amp;Kosova</translation>
    </message>
    <message>
        <source>&amp;Serbia&apos;s Foreign Ministry</source>
        <translation>Ministarstvo spoljnih poslova &amp;Srbije</translation>
    </message>
    <message>
        <source>&amp;Confirmed Only (Independent Trackers)</source>
        <translation>Samo &amp;potvrđena (nezavisni posmatrači)</translation>
    </message>
    <message>
        <source>&amp;Export Map (PNG, SVG, PDF)…</source>
        <translation>Izvezi &amp;mapu (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Izvezi a&amp;nimaciju…</translation>
    </message>
    <message>
        <source>Open T&amp;our…</source>
        <translation>&amp;Otvori obilazak…</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Sledeća država</translation>
    </message>
    <message>
        <source>&amp;Previous State</source>
        <translation>P&amp;rethodna država</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>Početni &amp;izgled</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>Vođeni obil&amp;azak</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Li&amp;ght Theme</source>
        <translation>&amp;Svetla tema</translation>
    </message>
    <message>
        <source>Projector T&amp;heme (High Contrast)</source>
        <translation>Tema za projektor (&amp;visok kontrast)</translation>
    </message>
    <message>
        <source>Map Pro&amp;jection</source>
        <translation>Pr&amp;ojekcija mape</translation>
    </message>
    <message>
        <source>&amp;Equal Earth</source>
        <translation>&amp;Equal Earth</translation>
    </message>
    <message>
        <source>&amp;Robinson</source>
        <translation>&amp;Robinson</translation>
    </message>
    <message>
        <source>&amp;Plate Carrée (Longitude/Latitude)</source>
        <translation>&amp;Plate Carrée (geografska dužina/širina)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Cannot open the tour</source>
        <translation>Obilazak ne može da se otvori</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Otvori obilazak</translation>
    </message>
    <message>
        <source>Tour files (*.csv)</source>
        <translation>Datoteke obilaska (*.csv)</translation>
    </message>
    <message>
        <source>Co&amp;unting Rule</source>
        <translation>Pravilo &amp;brojanja</translation>
    </message>
</context>
<context>
    <name>atlas::MapAnnotations</name>
    <message>
        <source>dataset %1</source>
        <translation>skup podataka %1</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>Priznaje Kosovo</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Tvrdnja o povlačenju</translation>
    </message>
    <message>
        <source>Does not recognise</source>
        <translation>Ne priznaje</translation>
    </message>
    <message>
        <source>No data / not a state</source>
        <translation>Nema podataka / nije država</translation>
    </message>
    <message>
        <source>Recognition of Kosovo, %1</source>
        <translation>Priznanje Kosova, %1</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states recognise</source>
        <translation>Priznaje %1 od %2 države članice UN</translation>
    </message>
    <message>
        <source>Withdrawal claims: %1 (counted separately)</source>
        <translation>Tvrdnje o povlačenju: %1 (broje se zasebno)</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain) · Data: Kosovo Recognition Atlas, %1 sourced events</source>
        <translation>Mapa: Natural Earth (javno dobro) · Podaci: Atlas priznanja Kosova, %1 događaja sa izvorima</translation>
    </message>
    <message>
        <source>Dotted: counted otherwise by this rule (%1)</source>
        <translation>Tačkasto: ovo pravilo ih broji drugačije (%1)</translation>
    </message>
    <message>
        <source>as Kosovo&apos;s foreign ministry counts</source>
        <translation>kako broji ministarstvo spoljnih poslova Kosova</translation>
    </message>
    <message>
        <source>as Serbia&apos;s foreign ministry counts</source>
        <translation>kako broji ministarstvo spoljnih poslova Srbije</translation>
    </message>
    <message>
        <source>as independent trackers count (confirmed only)</source>
        <translation>kako broje nezavisni posmatrači (samo potvrđena)</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, %3</source>
        <translation>%1 od %2 država članica UN, %3</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, and %3 others, %4</source>
        <translation>%1 od %2 država članica UN, i još %3, %4</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map title: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d. MMMM yyyy.</translation>
    </message>
    <message>
        <source>%1: %2 recognises</source>
        <translation>%1: %2 priznaje Kosovo</translation>
    </message>
    <message>
        <source>%1: %2 recognises again</source>
        <translation>%1: %2 ponovo priznaje Kosovo</translation>
    </message>
    <message>
        <source>%1: withdrawal of recognition claimed for %2</source>
        <translation>%1: tvrdi se da je povučeno priznanje: %2</translation>
    </message>
    <message>
        <source>%1: recognition by %2 annulled</source>
        <translation>%1: poništeno priznanje: %2</translation>
    </message>
    <message>
        <source>%1: recognition by %2 announced, contested</source>
        <translation>%1: objavljeno priznanje, osporeno: %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map&apos;s event line: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d. MMM yyyy.</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (i još %2)</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>World map</source>
        <translation>Mapa sveta</translation>
    </message>
    <message>
        <source>Press ] and [ to move through the states, Enter to open one.</source>
        <translation>Pritisnite ] i [ za kretanje kroz države, Enter da otvorite jednu.</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Nijedna država nije izabrana</translation>
    </message>
    <message>
        <source>%1: not a state in this atlas</source>
        <translation>%1: nije država u ovom atlasu</translation>
    </message>
</context>
<context>
    <name>atlas::SeriesRangeFields</name>
    <message>
        <source>One frame per event date</source>
        <translation>Jedan kadar po datumu događaja</translation>
    </message>
    <message>
        <source>One frame per day</source>
        <translation>Jedan kadar dnevno</translation>
    </message>
    <message>
        <source>One frame per week</source>
        <translation>Jedan kadar nedeljno</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>Jedan kadar mesečno</translation>
    </message>
    <message>
        <source>One frame per year</source>
        <translation>Jedan kadar godišnje</translation>
    </message>
    <message>
        <source>The first frame shows this day</source>
        <translation>Prvi kadar prikazuje ovaj dan</translation>
    </message>
    <message>
        <source>The last frame shows this day</source>
        <translation>Poslednji kadar prikazuje ovaj dan</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of each frame in pixels</source>
        <translation>Širina svakog kadra u pikselima</translation>
    </message>
    <message>
        <source>Height of each frame in pixels</source>
        <translation>Visina svakog kadra u pikselima</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Kadrovi:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Veličina:</translation>
    </message>
</context>
<context>
    <name>atlas::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Prečice na tastaturi</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasteri</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected state in the side panel</source>
        <translation>Otvori izabranu državu u bočnom panelu</translation>
    </message>
    <message>
        <source>+, −, mouse wheel</source>
        <translation>+, −, točkić miša</translation>
    </message>
    <message>
        <source>Zoom the map in or out</source>
        <translation>Uvećaj ili umanji mapu</translation>
    </message>
    <message>
        <source>Up, Down, drag</source>
        <translation>Gore, Dole, prevlačenje</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Pomeri mapu</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Move the focus: map, charts, side panel, time bar</source>
        <translation>Pomeri fokus: mapa, grafikoni, bočni panel, vremenska traka</translation>
    </message>
    <message>
        <source>Right, Page Down, Space / Left, Page Up</source>
        <translation>Desno, Page Down, Razmak / Levo, Page Up</translation>
    </message>
    <message>
        <source>During a tour: next / previous chapter</source>
        <translation>Tokom obilaska: sledeće / prethodno poglavlje</translation>
    </message>
</context>
<context>
    <name>atlas::StateDetails</name>
    <message>
        <source>No recognition events recorded.</source>
        <translation>Nema zabeleženih događaja priznanja.</translation>
    </message>
    <message>
        <source>(disputed)</source>
        <translation>(osporeno)</translation>
    </message>
    <message>
        <source>Asserted by %1</source>
        <translation>Tvrdi: %1</translation>
    </message>
    <message>
        <source>No stated position recorded.</source>
        <translation>Nema zabeleženog zvaničnog stava.</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>članica od %1</translation>
    </message>
    <message>
        <source>member %1 to %2</source>
        <translation>članica od %1 do %2</translation>
    </message>
    <message>
        <source>Member of none of UN, EU, NATO, AU, OIC, G20.</source>
        <translation>Nije članica nijedne od: UN, EU, NATO, AU, OIS, G20.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Događaji</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Izneti stav</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Članstva</translation>
    </message>
</context>
<context>
    <name>atlas::StatePanel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Search suggestion: a state&apos;s name in another language (its name in the UI language).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Find a state… (Ctrl+F)</source>
        <translation>Pronađi državu… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Pronađi državu</translation>
    </message>
    <message>
        <source>State details</source>
        <translation>Detalji o državi</translation>
    </message>
    <message>
        <source>Events near this date</source>
        <translation>Događaji blizu ovog datuma</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Nijedna država nije izabrana</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a state on the map, or type its name in the search field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Space play/pause · Left/Right previous/next event · PgUp/PgDn one month · Home/End first/last date · ] and [ next/previous state · Enter open the state · F11 presentation mode&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kliknite na državu na mapi ili upišite njen naziv u polje za pretragu.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tasteri&lt;/b&gt;: razmak pusti/pauza · levo/desno prethodni/sledeći događaj · PgUp/PgDn jedan mesec · Home/End prvi/poslednji datum · ] i [ sledeća/prethodna država · Enter otvori državu · F11 režim prezentacije&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Na dan %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events near %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Događaji blizu datuma %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Click an event to select its state and move the slider to its date</source>
        <translation>Kliknite na događaj da izaberete njegovu državu i pomerite klizač na njegov datum</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineBar</name>
    <message>
        <source>1 week per second</source>
        <translation>1 nedelja u sekundi</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 mesec u sekundi</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 meseca u sekundi</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 godina u sekundi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Početak</translation>
    </message>
    <message>
        <source>First date: 17 February 2008 (Home)</source>
        <translation>Prvi datum: 17. februar 2008. (Home)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Događaj</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Prethodni događaj (strelica levo)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Pusti ili pauziraj (razmak)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Sledeći događaj (strelica desno)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Danas</translation>
    </message>
    <message>
        <source>Last date: today (End)</source>
        <translation>Poslednji datum: danas (End)</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Prikazani datum</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Brzina reprodukcije</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Ponavljaj</translation>
    </message>
    <message>
        <source>Start again from 2008 after reaching today (Ctrl+L)</source>
        <translation>Počni ponovo od 2008. kad se stigne do danas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Drag to move through time; ticks mark recognitions and withdrawal claims</source>
        <translation>Prevucite za kretanje kroz vreme; oznake obeležavaju priznanja i tvrdnje o povlačenju</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Pusti</translation>
    </message>
</context>
<context>
    <name>atlas::TourCard</name>
    <message>
        <source>Tour caption</source>
        <translation>Opis obilaska</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Poglavlje %1 od %2 · %3</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next · ← / Page Up: back · Esc: leave the tour</source>
        <translation>→ / Page Down / Razmak: dalje · ← / Page Up: nazad · Esc: izlaz iz obilaska</translation>
    </message>
</context>
<context>
    <name>atlas::WindowReloader</name>
    <message>
        <source>Cannot reload the atlas</source>
        <translation>Atlas ne može ponovo da se učita</translation>
    </message>
    <message>
        <source>The map and data on screen are unchanged.</source>
        <translation>Mapa i podaci na ekranu su nepromenjeni.</translation>
    </message>
</context>
</TS>
