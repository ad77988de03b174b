<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq_AL" sourcelanguage="en">
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>About Kosovo Recognition Atlas</source>
        <translation>Rreth Atlasit të njohjes së Kosovës</translation>
    </message>
    <message>
        <source>&lt;p&gt;Video export (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), linked on Debian with &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; and libvpx (BSD). Because of libx264 this build is distributed under the terms of the GNU GPL version 2 or later; see the package&apos;s copyright file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eksporti i videos (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), i lidhur në Debian me &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; dhe libvpx (BSD). Për shkak të libx264 ky ndërtim shpërndahet sipas kushteve të GNU GPL, versioni 2 ose më i ri; shihni skedarin copyright të paketës.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kosovo Recognition Atlas %1&lt;/h2&gt;&lt;p&gt;Which states recognise Kosovo, on any date since the declaration of independence on 17 February 2008: a map, a timeline and the sources behind every event.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Country outlines&lt;/b&gt;: Natural Earth, 1:50m admin-0 countries, public domain (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recognition dataset&lt;/b&gt;: %2 events, %3 states, each row with its sources. The sources are listed in %4 and shown for each state in the side panel.&lt;/p&gt;&lt;p&gt;Withdrawal claims are shown separately and never counted as recognitions; disputed events are marked as such.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR and PROJ (MIT), GEOS (LGPL 2.1+), libpng (libpng licence), giflib (MIT).&lt;/p&gt;%5</source>
        <translation>&lt;h2&gt;Atlasi i njohjes së Kosovës %1&lt;/h2&gt;&lt;p&gt;Cilat shtete e njohin Kosovën, në çdo datë që nga shpallja e pavarësisë më 17 shkurt 2008: një hartë, një kronologji dhe burimet e secilës ngjarje.&lt;/p&gt;&lt;h3&gt;Të dhënat&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Konturat e vendeve&lt;/b&gt;: Natural Earth, vendet admin-0 në shkallën 1:50m, domen publik (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Të dhënat e njohjeve&lt;/b&gt;: %2 ngjarje, %3 shtete, secili rresht me burimet e veta. Burimet janë renditur në %4 dhe shfaqen për çdo shtet në panelin anësor.&lt;/p&gt;&lt;p&gt;Pretendimet për tërheqje tregohen veçmas dhe nuk numërohen kurrë si njohje; ngjarjet e kontestuara shënohen si të tilla.&lt;/p&gt;&lt;h3&gt;Ndërtuar me&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR dhe PROJ (MIT), GEOS (LGPL 2.1+), libpng (licenca libpng), giflib (MIT).&lt;/p&gt;%5</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Code&lt;/b&gt;: MIT licence (the file LICENSE). &lt;b&gt;Recognition dataset&lt;/b&gt; (its tables and prose): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Country outlines&lt;/b&gt;: public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Licencat&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Kodi&lt;/b&gt;: licenca MIT (skedari LICENSE). &lt;b&gt;Të dhënat e njohjeve&lt;/b&gt; (tabelat dhe teksti): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Konturat e vendeve&lt;/b&gt;: domen publik.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Eksporto animacionin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formati:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Shpejtësia:</translation>
    </message>
    <message>
        <source>Hold last frame:</source>
        <translation>Mbaje kuadrin e fundit:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Skedari:</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>Animacion GIF</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>Video MP4 (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>Video WebM (VP9)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> kuadro/s</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
    <message>
        <source>Animation file</source>
        <translation>Skedari i animacionit</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Skedarë %1 (*.%2)</translation>
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
        <translation>Shtetet anëtare të OKB-së që e njohin Kosovën</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>E njohin</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Tërheqje e pretenduar</translation>
    </message>
    <message>
        <source>Click or drag to move the slider to that date</source>
        <translation>Klikoni ose tërhiqni për ta çuar rrëshqitësin në atë datë</translation>
    </message>
    <message>
        <source>Members recognising, by group</source>
        <translation>Anëtarët që e njohin, sipas grupit</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Kosovo&apos;s count</source>
        <translation>Numërimi i Kosovës</translation>
    </message>
    <message>
        <source>Serbia&apos;s count</source>
        <translation>Numërimi i Serbisë</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Vetëm të konfirmuarat</translation>
    </message>
    <message>
        <source>Key dates (point at a square for details)</source>
        <translation>Data kyçe (drejtojeni miun te një katror për hollësi)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportController</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nuk mund të shkruhet: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksportimi dështoi</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Figura PNG (*.png)</translation>
    </message>
    <message>
        <source>Export status table</source>
        <translation>Eksporto tabelën e statuseve</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing frames…</source>
        <translation>Po shkruhen kuadrot…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>U shkrua %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) and frames.csv to %1</source>
        <translation>
            <numerusform>U shkrua %n kuadër dhe frames.csv në %1</numerusform>
            <numerusform>U shkruan %n kuadro dhe frames.csv në %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>U shkrua %1 (%n kuadër)</numerusform>
            <numerusform>U shkrua %1 (%n kuadro)</numerusform>
        </translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Vizatime SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Eksporto hartën</translation>
    </message>
    <message>
        <source>Map copied to the clipboard</source>
        <translation>Harta u kopjua në kujtesën e fragmenteve</translation>
    </message>
    <message>
        <source>%1

No frames were written.</source>
        <translation>%1

Nuk u shkrua asnjë kuadër.</translation>
    </message>
    <message>
        <source>Writing animation…</source>
        <translation>Po shkruhet animacioni…</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export PNG</source>
        <translation>Eksporto PNG</translation>
    </message>
    <message>
        <source>Legend with counts</source>
        <translation>Legjenda me numrat</translation>
    </message>
    <message>
        <source>Title, date and UN counter</source>
        <translation>Titulli, data dhe numëruesi i OKB-së</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Rreshti i burimeve</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporto…</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Madhësia:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Gjerësia:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Lartësia:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Shfaq:</translation>
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
        <translation>Si dritarja (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>E personalizuar</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The image shows the region and zoom of the window, scaled to %1 pixels wide.</source>
        <translation>Figura tregon rajonin dhe zmadhimin e dritares, e shkallëzuar në gjerësinë %1 piksel.</translation>
    </message>
    <message>
        <source>Its shape differs from the window&apos;s, so it shows more or less above and below.</source>
        <translation>Forma e saj ndryshon nga ajo e dritares, prandaj tregon më shumë ose më pak lart e poshtë.</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExportDialog</name>
    <message>
        <source>Export frames</source>
        <translation>Eksporto kuadrot</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporto</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dosja:</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Dosja për kuadrot</translation>
    </message>
    <message>
        <source>A new or empty folder: the frames are numbered 0001.png, 0002.png, … beside frames.csv</source>
        <translation>Një dosje e re ose bosh: kuadrot numërohen 0001.png, 0002.png, … pranë frames.csv</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExporter</name>
    <message>
        <source>%1: cannot write to this folder</source>
        <translation>%1: nuk mund të shkruhet në këtë dosje</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: ekziston dhe nuk është dosje</translation>
    </message>
    <message>
        <source>%1: the folder is not empty (frames go into a new or empty folder)</source>
        <translation>%1: dosja nuk është bosh (kuadrot shkojnë në një dosje të re ose bosh)</translation>
    </message>
</context>
<context>
    <name>atlas::Labels</name>
    <message>
        <source>Kosovo itself</source>
        <translation>Vetë Kosova</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>E njeh Kosovën</translation>
    </message>
    <message>
        <source>Withdrawal of recognition claimed</source>
        <translation>Pretendim për tërheqje të njohjes</translation>
    </message>
    <message>
        <source>Does not recognise Kosovo</source>
        <translation>Nuk e njeh Kosovën</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Njohje</translation>
    </message>
    <message>
        <source>Withdrawal claim</source>
        <translation>Pretendim për tërheqje</translation>
    </message>
    <message>
        <source>Recognition renewed</source>
        <translation>Njohje e ripohuar</translation>
    </message>
    <message>
        <source>Recognition annulled</source>
        <translation>Njohje e anuluar</translation>
    </message>
    <message>
        <source>Recognition contested by the state</source>
        <translation>Njohje e kontestuar nga vetë shteti</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QDate::toString format of a long date: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate::toString format of a short date: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: declared independence on %2</source>
        <translation>%1: shpalli pavarësinë më %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 që nga %3</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>World</source>
        <translation>Bota</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Evropa</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Ballkani</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerikat</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Azia</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oqeania</translation>
    </message>
    <message>
        <source>Kosovo Recognition Atlas</source>
        <translation>Atlasi i njohjes së Kosovës</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>&amp;Kopjo hartën</translation>
    </message>
    <message>
        <source>Export Status &amp;Table (CSV)…</source>
        <translation>Eksporto &amp;tabelën e statuseve (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Frames…</source>
        <translation>Eksporto k&amp;uadrot…</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>&amp;Ringarko të dhënat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Për&amp;puno</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Gjej shtetin…</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Pastro &amp;përzgjedhjen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;amja</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Rajoni</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zmadho</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Z&amp;vogëlo</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>Tema e &amp;errët</translation>
    </message>
    <message>
        <source>Country &amp;Names</source>
        <translation>E&amp;mrat e vendeve</translation>
    </message>
    <message>
        <source>State &amp;Panel</source>
        <translation>Paneli i &amp;shtetit</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Grafikët</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Pr&amp;esentation Mode</source>
        <translation>Mënyra e prezan&amp;timit</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Dil nga mënyra e prezantimit</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Koha</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Luaj / Ndalo</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>Ngjarja e &amp;mëparshme</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Ngjarja e &amp;ardhshme</translation>
    </message>
    <message>
        <source>&amp;Back One Month</source>
        <translation>&amp;Një muaj prapa</translation>
    </message>
    <message>
        <source>&amp;Forward One Month</source>
        <translation>Një muaj &amp;para</translation>
    </message>
    <message>
        <source>First Date (%1)</source>
        <translation>Data e parë (%1)</translation>
    </message>
    <message>
        <source>Last Date (Today)</source>
        <translation>Data e fundit (sot)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>Për&amp;sërit</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;About Kosovo Recognition Atlas</source>
        <translation>&amp;Rreth Atlasit të njohjes së Kosovës</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Rreth &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Gj&amp;uha</translation>
    </message>
    <message>
        <source>Cannot open the atlas</source>
        <translation>Atlasi nuk mund të hapet</translation>
    </message>
    <message>
        <source>&amp;Net (Status Recognises)</source>
        <translation>&amp;Neto (statusi: e njeh)</translation>
    </message>
    <message>
        <source>&amp;Kosovo&apos;s Foreign Ministry</source>
        <translation>Ministria e Jashtme e &amp;Kosovës</translation>
    </message>
    <message>
        <source>&amp;Serbia&apos;s Foreign Ministry</source>
        <translation>Ministria e Jashtme e &amp;Serbisë</translation>
    </message>
    <message>
        <source>&amp;Confirmed Only (Independent Trackers)</source>
        <translation>Vetëm të k&amp;onfirmuarat (vëzhgues të pavarur)</translation>
    </message>
    <message>
        <source>&amp;Export Map (PNG, SVG, PDF)…</source>
        <translation>&amp;Eksporto hartën (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Eksporto &amp;animacionin…</translation>
    </message>
    <message>
        <source>Open T&amp;our…</source>
        <translation>&amp;Hap turin…</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>Shteti i &amp;ardhshëm</translation>
    </message>
    <message>
        <source>&amp;Previous State</source>
        <translation>Shteti i &amp;mëparshëm</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>Rikthe &amp;pamjen</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>Turi i u&amp;dhëhequr</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Li&amp;ght Theme</source>
        <translation>Tema e &amp;çelët</translation>
    </message>
    <message>
        <source>Projector T&amp;heme (High Contrast)</source>
        <translation>Tema e projektorit (kontrast i &amp;lartë)</translation>
    </message>
    <message>
        <source>Map Pro&amp;jection</source>
        <translation>Projeksioni i &amp;hartës</translation>
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
        <translation>&amp;Plate Carrée (gjatësi/gjerësi gjeografike)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Cannot open the tour</source>
        <translation>Turi nuk mund të hapet</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Hap turin</translation>
    </message>
    <message>
        <source>Tour files (*.csv)</source>
        <translation>Skedarë turi (*.csv)</translation>
    </message>
    <message>
        <source>Co&amp;unting Rule</source>
        <translation>Rregulli i &amp;numërimit</translation>
    </message>
</context>
<context>
    <name>atlas::MapAnnotations</name>
    <message>
        <source>dataset %1</source>
        <translation>të dhënat %1</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosova</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>E njeh Kosovën</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Tërheqje e pretenduar</translation>
    </message>
    <message>
        <source>Does not recognise</source>
        <translation>Nuk e njeh</translation>
    </message>
    <message>
        <source>No data / not a state</source>
        <translation>Pa të dhëna / jo shtet</translation>
    </message>
    <message>
        <source>Recognition of Kosovo, %1</source>
        <translation>Njohja e Kosovës, %1</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states recognise</source>
        <translation>%1 nga %2 shtetet anëtare të OKB-së e njohin</translation>
    </message>
    <message>
        <source>Withdrawal claims: %1 (counted separately)</source>
        <translation>Pretendime për tërheqje: %1 (numërohen veçmas)</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain) · Data: Kosovo Recognition Atlas, %1 sourced events</source>
        <translation>Harta: Natural Earth (domen publik) · Të dhënat: Atlasi i njohjes së Kosovës, %1 ngjarje me burime</translation>
    </message>
    <message>
        <source>Dotted: counted otherwise by this rule (%1)</source>
        <translation>Me pika: numërohen ndryshe sipas këtij rregulli (%1)</translation>
    </message>
    <message>
        <source>as Kosovo&apos;s foreign ministry counts</source>
        <translation>sipas numërimit të Ministrisë së Jashtme të Kosovës</translation>
    </message>
    <message>
        <source>as Serbia&apos;s foreign ministry counts</source>
        <translation>sipas numërimit të Ministrisë së Jashtme të Serbisë</translation>
    </message>
    <message>
        <source>as independent trackers count (confirmed only)</source>
        <translation>sipas numërimit të vëzhguesve të pavarur (vetëm të konfirmuarat)</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, %3</source>
        <translation>%1 nga %2 shtete anëtare të OKB-së, %3</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, and %3 others, %4</source>
        <translation>%1 nga %2 shtete anëtare të OKB-së, dhe %3 të tjera, %4</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map title: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1: %2 recognises</source>
        <translation>%1: %2 e njeh Kosovën</translation>
    </message>
    <message>
        <source>%1: %2 recognises again</source>
        <translation>%1: %2 e njeh sërish Kosovën</translation>
    </message>
    <message>
        <source>%1: withdrawal of recognition claimed for %2</source>
        <translation>%1: pretendohet tërheqja e njohjes nga %2</translation>
    </message>
    <message>
        <source>%1: recognition by %2 annulled</source>
        <translation>%1: njohja nga %2 u anulua</translation>
    </message>
    <message>
        <source>%1: recognition by %2 announced, contested</source>
        <translation>%1: njohja nga %2 e shpallur, e kontestuar</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map&apos;s event line: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (dhe %2 të tjera)</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>World map</source>
        <translation>Harta e botës</translation>
    </message>
    <message>
        <source>Press ] and [ to move through the states, Enter to open one.</source>
        <translation>Shtypni ] dhe [ për të kaluar nëpër shtete, Enter për të hapur njërin.</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Asnjë shtet i zgjedhur</translation>
    </message>
    <message>
        <source>%1: not a state in this atlas</source>
        <translation>%1: nuk është shtet në këtë atlas</translation>
    </message>
</context>
<context>
    <name>atlas::SeriesRangeFields</name>
    <message>
        <source>One frame per event date</source>
        <translation>Një kuadër për çdo datë ngjarjeje</translation>
    </message>
    <message>
        <source>One frame per day</source>
        <translation>Një kuadër në ditë</translation>
    </message>
    <message>
        <source>One frame per week</source>
        <translation>Një kuadër në javë</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>Një kuadër në muaj</translation>
    </message>
    <message>
        <source>One frame per year</source>
        <translation>Një kuadër në vit</translation>
    </message>
    <message>
        <source>The first frame shows this day</source>
        <translation>Kuadri i parë tregon këtë ditë</translation>
    </message>
    <message>
        <source>The last frame shows this day</source>
        <translation>Kuadri i fundit tregon këtë ditë</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of each frame in pixels</source>
        <translation>Gjerësia e çdo kuadri në piksela</translation>
    </message>
    <message>
        <source>Height of each frame in pixels</source>
        <translation>Lartësia e çdo kuadri në piksela</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Kuadrot:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Nga:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Deri:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Madhësia:</translation>
    </message>
</context>
<context>
    <name>atlas::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Shkurtoret e tastierës</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veprimi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected state in the side panel</source>
        <translation>Hap shtetin e përzgjedhur në panelin anësor</translation>
    </message>
    <message>
        <source>+, −, mouse wheel</source>
        <translation>+, −, rrota e miut</translation>
    </message>
    <message>
        <source>Zoom the map in or out</source>
        <translation>Zmadho ose zvogëlo hartën</translation>
    </message>
    <message>
        <source>Up, Down, drag</source>
        <translation>Lart, Poshtë, tërheqje</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Lëviz hartën</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Move the focus: map, charts, side panel, time bar</source>
        <translation>Zhvendos fokusin: harta, grafikët, paneli anësor, shiriti i kohës</translation>
    </message>
    <message>
        <source>Right, Page Down, Space / Left, Page Up</source>
        <translation>Djathtas, Page Down, Hapësirë / Majtas, Page Up</translation>
    </message>
    <message>
        <source>During a tour: next / previous chapter</source>
        <translation>Gjatë turit: kapitulli pasardhës / i mëparshëm</translation>
    </message>
</context>
<context>
    <name>atlas::StateDetails</name>
    <message>
        <source>No recognition events recorded.</source>
        <translation>Nuk ka ngjarje njohjeje të regjistruara.</translation>
    </message>
    <message>
        <source>(disputed)</source>
        <translation>(e kontestuar)</translation>
    </message>
    <message>
        <source>Asserted by %1</source>
        <translation>Pohuar nga: %1</translation>
    </message>
    <message>
        <source>No stated position recorded.</source>
        <translation>Nuk ka qëndrim të deklaruar të regjistruar.</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>anëtar që nga %1</translation>
    </message>
    <message>
        <source>member %1 to %2</source>
        <translation>anëtar nga %1 deri më %2</translation>
    </message>
    <message>
        <source>Member of none of UN, EU, NATO, AU, OIC, G20.</source>
        <translation>Nuk është anëtar i asnjërit nga: OKB, BE, NATO, BA, OBI, G20.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ngjarjet</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Qëndrimi i deklaruar</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Anëtarësimet</translation>
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
        <translation>Gjej një shtet… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Gjej një shtet</translation>
    </message>
    <message>
        <source>State details</source>
        <translation>Hollësitë e shtetit</translation>
    </message>
    <message>
        <source>Events near this date</source>
        <translation>Ngjarje pranë kësaj date</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Asnjë shtet i zgjedhur</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a state on the map, or type its name in the search field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Space play/pause · Left/Right previous/next event · PgUp/PgDn one month · Home/End first/last date · ] and [ next/previous state · Enter open the state · F11 presentation mode&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klikoni një shtet në hartë ose shkruani emrin e tij në fushën e kërkimit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tastet&lt;/b&gt;: Space luaj/ndalo · Majtas/Djathtas ngjarja e mëparshme/e ardhshme · PgUp/PgDn një muaj · Home/End data e parë/e fundit · ] dhe [ shteti i ardhshëm/i mëparshëm · Enter hap shtetin · F11 mënyra e prezantimit&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Më %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>që nga %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events near %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ngjarje pranë datës %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Click an event to select its state and move the slider to its date</source>
        <translation>Klikoni një ngjarje për të përzgjedhur shtetin e saj dhe për ta çuar rrëshqitësin në datën e saj</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineBar</name>
    <message>
        <source>1 week per second</source>
        <translation>1 javë në sekondë</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 muaj në sekondë</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 muaj në sekondë</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 vit në sekondë</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Fillimi</translation>
    </message>
    <message>
        <source>First date: 17 February 2008 (Home)</source>
        <translation>Data e parë: 17 shkurt 2008 (Home)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ngjarja</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Ngjarja e mëparshme (shigjeta majtas)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Luaj ose ndalo (Space)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Ngjarja e ardhshme (shigjeta djathtas)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Sot</translation>
    </message>
    <message>
        <source>Last date: today (End)</source>
        <translation>Data e fundit: sot (End)</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Data e shfaqur</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Shpejtësia e luajtjes</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Përsërit</translation>
    </message>
    <message>
        <source>Start again from 2008 after reaching today (Ctrl+L)</source>
        <translation>Rifillo nga 2008 pasi të arrihet sot (Ctrl+L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Drag to move through time; ticks mark recognitions and withdrawal claims</source>
        <translation>Tërhiqni për të lëvizur në kohë; shenjat tregojnë njohjet dhe pretendimet për tërheqje</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Ndalo</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Luaj</translation>
    </message>
</context>
<context>
    <name>atlas::TourCard</name>
    <message>
        <source>Tour caption</source>
        <translation>Përshkrimi i turit</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Kapitulli %1 nga %2 · %3</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next · ← / Page Up: back · Esc: leave the tour</source>
        <translation>→ / Page Down / Hapësirë: përpara · ← / Page Up: prapa · Esc: dil nga turi</translation>
    </message>
</context>
<context>
    <name>atlas::WindowReloader</name>
    <message>
        <source>Cannot reload the atlas</source>
        <translation>Atlasi nuk mund të ringarkohet</translation>
    </message>
    <message>
        <source>The map and data on screen are unchanged.</source>
        <translation>Harta dhe të dhënat në ekran nuk kanë ndryshuar.</translation>
    </message>
</context>
</TS>
