<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS" sourcelanguage="en">
<context>
    <name>atlas::AboutDialog</name>
    <message>
        <source>About Kosovo Recognition Atlas</source>
        <translation>О Атласу признања Косова</translation>
    </message>
    <message>
        <source>&lt;p&gt;Video export (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), linked on Debian with &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; and libvpx (BSD). Because of libx264 this build is distributed under the terms of the GNU GPL version 2 or later; see the package&apos;s copyright file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Извоз видеа (MP4, WebM): FFmpeg libavcodec/libavformat (LGPL 2.1+), на Дебијану повезан са &lt;b&gt;libx264 (GPL 2+)&lt;/b&gt; и libvpx (BSD). Због библиотеке libx264 ова верзија се дистрибуира под условима GNU GPL, верзија 2 или новија; погледајте датотеку copyright пакета.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kosovo Recognition Atlas %1&lt;/h2&gt;&lt;p&gt;Which states recognise Kosovo, on any date since the declaration of independence on 17 February 2008: a map, a timeline and the sources behind every event.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Country outlines&lt;/b&gt;: Natural Earth, 1:50m admin-0 countries, public domain (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recognition dataset&lt;/b&gt;: %2 events, %3 states, each row with its sources. The sources are listed in %4 and shown for each state in the side panel.&lt;/p&gt;&lt;p&gt;Withdrawal claims are shown separately and never counted as recognitions; disputed events are marked as such.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR and PROJ (MIT), GEOS (LGPL 2.1+), libpng (libpng licence), giflib (MIT).&lt;/p&gt;%5</source>
        <translation>&lt;h2&gt;Атлас признања Косова %1&lt;/h2&gt;&lt;p&gt;Које државе признају Косово, на било који датум од проглашења независности 17. фебруара 2008: мапа, временска линија и извори за сваки догађај.&lt;/p&gt;&lt;h3&gt;Подаци&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Обриси земаља&lt;/b&gt;: Natural Earth, земље admin-0 у размери 1:50м, јавно добро (&lt;a href=&apos;https://www.naturalearthdata.com/&apos;&gt;naturalearthdata.com&lt;/a&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Подаци о признањима&lt;/b&gt;: %2 догађаја, %3 држава, сваки ред са својим изворима. Извори су наведени у %4 и приказани за сваку државу у бочном панелу.&lt;/p&gt;&lt;p&gt;Тврдње о повлачењу приказују се засебно и никада се не рачунају као признања; оспорени догађаји су означени као такви.&lt;/p&gt;&lt;h3&gt;Направљено помоћу&lt;/h3&gt;&lt;p&gt;Qt 6 (LGPLv3), GDAL/OGR и PROJ (MIT), GEOS (LGPL 2.1+), libpng (лиценца libpng), giflib (MIT).&lt;/p&gt;%5</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Code&lt;/b&gt;: MIT licence (the file LICENSE). &lt;b&gt;Recognition dataset&lt;/b&gt; (its tables and prose): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Country outlines&lt;/b&gt;: public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Лиценце&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Код&lt;/b&gt;: MIT лиценца (датотека LICENSE). &lt;b&gt;Подаци о признањима&lt;/b&gt; (табеле и текст): Creative Commons Attribution 4.0 (CC BY 4.0). &lt;b&gt;Обриси држава&lt;/b&gt;: јавно добро.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>atlas::AnimationExportDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Извоз анимације</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Брзина:</translation>
    </message>
    <message>
        <source>Hold last frame:</source>
        <translation>Задржи последњи кадар:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Датотека:</translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation>GIF анимација</translation>
    </message>
    <message>
        <source>MP4 video (H.264)</source>
        <translation>MP4 видео (H.264)</translation>
    </message>
    <message>
        <source>WebM video (VP9)</source>
        <translation>WebM видео (VP9)</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> кадрова/с</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изабери…</translation>
    </message>
    <message>
        <source>Animation file</source>
        <translation>Датотека анимације</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 датотеке (*.%2)</translation>
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
        <translation>Државе чланице УН које признају Косово</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Признају</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Тврдња о повлачењу</translation>
    </message>
    <message>
        <source>Click or drag to move the slider to that date</source>
        <translation>Кликните или превуците да померите клизач на тај датум</translation>
    </message>
    <message>
        <source>Members recognising, by group</source>
        <translation>Чланице које признају, по групама</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Kosovo&apos;s count</source>
        <translation>Бројање Косова</translation>
    </message>
    <message>
        <source>Serbia&apos;s count</source>
        <translation>Бројање Србије</translation>
    </message>
    <message>
        <source>Confirmed only</source>
        <translation>Само потврђена</translation>
    </message>
    <message>
        <source>Key dates (point at a square for details)</source>
        <translation>Кључни датуми (покажите на квадрат за детаље)</translation>
    </message>
</context>
<context>
    <name>atlas::ExportController</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: упис није могућ: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Извоз није успео</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG слике (*.png)</translation>
    </message>
    <message>
        <source>Export status table</source>
        <translation>Извези табелу статуса</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV табеле (*.csv)</translation>
    </message>
    <message>
        <source>Writing frames…</source>
        <translation>Уписивање кадрова…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n frame(s) and frames.csv to %1</source>
        <translation>
            <numerusform>Записан је %n кадар и frames.csv у %1</numerusform>
            <numerusform>Записана су %n кадра и frames.csv у %1</numerusform>
            <numerusform>Записано је %n кадрова и frames.csv у %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n frame(s))</source>
        <translation>
            <numerusform>Записано: %1 (%n кадар)</numerusform>
            <numerusform>Записано: %1 (%n кадра)</numerusform>
            <numerusform>Записано: %1 (%n кадрова)</numerusform>
        </translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG цртежи (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF документи (*.pdf)</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Извоз мапе</translation>
    </message>
    <message>
        <source>Map copied to the clipboard</source>
        <translation>Мапа је копирана у привремену меморију</translation>
    </message>
    <message>
        <source>%1

No frames were written.</source>
        <translation>%1

Ниједан кадар није записан.</translation>
    </message>
    <message>
        <source>Writing animation…</source>
        <translation>Записивање анимације…</translation>
    </message>
</context>
<context>
    <name>atlas::ExportDialog</name>
    <message>
        <source>Export PNG</source>
        <translation>Извези PNG</translation>
    </message>
    <message>
        <source>Legend with counts</source>
        <translation>Легенда са бројевима</translation>
    </message>
    <message>
        <source>Title, date and UN counter</source>
        <translation>Наслов, датум и бројач за УН</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Ред са изворима</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Извези…</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Величина:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Висина:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Прикажи:</translation>
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
        <translation>Као прозор (%1 × %2)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Прилагођено</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The image shows the region and zoom of the window, scaled to %1 pixels wide.</source>
        <translation>Слика приказује регион и увећање прозора, скалирано на ширину од %1 пиксела.</translation>
    </message>
    <message>
        <source>Its shape differs from the window&apos;s, so it shows more or less above and below.</source>
        <translation>Њен облик се разликује од облика прозора, па приказује више или мање изнад и испод.</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExportDialog</name>
    <message>
        <source>Export frames</source>
        <translation>Извези кадрове</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Изабери…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Извези</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Фасцикла:</translation>
    </message>
    <message>
        <source>Folder for the frames</source>
        <translation>Фасцикла за кадрове</translation>
    </message>
    <message>
        <source>A new or empty folder: the frames are numbered 0001.png, 0002.png, … beside frames.csv</source>
        <translation>Нова или празна фасцикла: кадрови се нумеришу 0001.png, 0002.png, … поред frames.csv</translation>
    </message>
</context>
<context>
    <name>atlas::FrameExporter</name>
    <message>
        <source>%1: cannot write to this folder</source>
        <translation>%1: упис у ову фасциклу није могућ</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: постоји и није фасцикла</translation>
    </message>
    <message>
        <source>%1: the folder is not empty (frames go into a new or empty folder)</source>
        <translation>%1: фасцикла није празна (кадрови иду у нову или празну фасциклу)</translation>
    </message>
</context>
<context>
    <name>atlas::Labels</name>
    <message>
        <source>Kosovo itself</source>
        <translation>Са̂мо Косово</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>Признаје Косово</translation>
    </message>
    <message>
        <source>Withdrawal of recognition claimed</source>
        <translation>Тврдња о повлачењу признања</translation>
    </message>
    <message>
        <source>Does not recognise Kosovo</source>
        <translation>Не признаје Косово</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Признање</translation>
    </message>
    <message>
        <source>Withdrawal claim</source>
        <translation>Тврдња о повлачењу</translation>
    </message>
    <message>
        <source>Recognition renewed</source>
        <translation>Обновљено признање</translation>
    </message>
    <message>
        <source>Recognition annulled</source>
        <translation>Поништено признање</translation>
    </message>
    <message>
        <source>Recognition contested by the state</source>
        <translation>Признање које држава оспорава</translation>
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
        <translation>%1: проглашење независности %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 од %3</translation>
    </message>
</context>
<context>
    <name>atlas::MainWindow</name>
    <message>
        <source>World</source>
        <translation>Свет</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Европа</translation>
    </message>
    <message>
        <source>Balkans</source>
        <translation>Балкан</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Африка</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Америке</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Азија</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Океанија</translation>
    </message>
    <message>
        <source>Kosovo Recognition Atlas</source>
        <translation>Атлас признања Косова</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Датотека</translation>
    </message>
    <message>
        <source>&amp;Copy Map</source>
        <translation>&amp;Копирај мапу</translation>
    </message>
    <message>
        <source>Export Status &amp;Table (CSV)…</source>
        <translation>Извези &amp;табелу статуса (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Frames…</source>
        <translation>Извези к&amp;адрове…</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Поново &amp;учитај податке</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Изађи</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Уређивање</translation>
    </message>
    <message>
        <source>&amp;Find State…</source>
        <translation>&amp;Пронађи државу…</translation>
    </message>
    <message>
        <source>Clear &amp;Selection</source>
        <translation>Поништи &amp;избор</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увећај</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;мањи</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Тамна тема</translation>
    </message>
    <message>
        <source>Country &amp;Names</source>
        <translation>&amp;Називи држава</translation>
    </message>
    <message>
        <source>State &amp;Panel</source>
        <translation>&amp;Панел државе</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Графикони</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Pr&amp;esentation Mode</source>
        <translation>Ре&amp;жим презентације</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Напусти режим презентације</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Време</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Пусти / Пауза</translation>
    </message>
    <message>
        <source>P&amp;revious Event</source>
        <translation>П&amp;ретходни догађај</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Следећи догађај</translation>
    </message>
    <message>
        <source>&amp;Back One Month</source>
        <translation>Месец &amp;уназад</translation>
    </message>
    <message>
        <source>&amp;Forward One Month</source>
        <translation>Месец у&amp;напред</translation>
    </message>
    <message>
        <source>First Date (%1)</source>
        <translation>Први датум (%1)</translation>
    </message>
    <message>
        <source>Last Date (Today)</source>
        <translation>Последњи датум (данас)</translation>
    </message>
    <message>
        <source>&amp;Loop</source>
        <translation>Пона&amp;вљај</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>По&amp;моћ</translation>
    </message>
    <message>
        <source>&amp;About Kosovo Recognition Atlas</source>
        <translation>&amp;О Атласу признања Косова</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt-у</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Језик</translation>
    </message>
    <message>
        <source>Cannot open the atlas</source>
        <translation>Атлас не може да се отвори</translation>
    </message>
    <message>
        <source>&amp;Net (Status Recognises)</source>
        <translation>&amp;Нето (статус: признаје)</translation>
    </message>
    <message>
        <source>&amp;Kosovo&apos;s Foreign Ministry</source>
        <translation>Министарство спољних послова &amp;Косова</translation>
    </message>
    <message>
        <source>&amp;Serbia&apos;s Foreign Ministry</source>
        <translation>Министарство спољних послова &amp;Србије</translation>
    </message>
    <message>
        <source>&amp;Confirmed Only (Independent Trackers)</source>
        <translation>Само &amp;потврђена (независни посматрачи)</translation>
    </message>
    <message>
        <source>&amp;Export Map (PNG, SVG, PDF)…</source>
        <translation>Извези &amp;мапу (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;Animation…</source>
        <translation>Извези а&amp;нимацију…</translation>
    </message>
    <message>
        <source>Open T&amp;our…</source>
        <translation>&amp;Отвори обилазак…</translation>
    </message>
    <message>
        <source>&amp;Next State</source>
        <translation>&amp;Следећа држава</translation>
    </message>
    <message>
        <source>&amp;Previous State</source>
        <translation>П&amp;ретходна држава</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>Почетни &amp;изглед</translation>
    </message>
    <message>
        <source>Guided &amp;Tour</source>
        <translation>Вођени обил&amp;азак</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Li&amp;ght Theme</source>
        <translation>&amp;Светла тема</translation>
    </message>
    <message>
        <source>Projector T&amp;heme (High Contrast)</source>
        <translation>Тема за пројектор (&amp;висок контраст)</translation>
    </message>
    <message>
        <source>Map Pro&amp;jection</source>
        <translation>Пр&amp;ојекција мапе</translation>
    </message>
    <message>
        <source>&amp;Equal Earth</source>
        <translation>&amp;Equal Earth</translation>
    </message>
    <message>
        <source>&amp;Robinson</source>
        <translation>&amp;Робинсон</translation>
    </message>
    <message>
        <source>&amp;Plate Carrée (Longitude/Latitude)</source>
        <translation>&amp;Plate Carrée (географска дужина/ширина)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пречице на тастатури</translation>
    </message>
    <message>
        <source>Cannot open the tour</source>
        <translation>Обилазак не може да се отвори</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Отвори обилазак</translation>
    </message>
    <message>
        <source>Tour files (*.csv)</source>
        <translation>Датотеке обиласка (*.csv)</translation>
    </message>
    <message>
        <source>Co&amp;unting Rule</source>
        <translation>Правило &amp;бројања</translation>
    </message>
</context>
<context>
    <name>atlas::MapAnnotations</name>
    <message>
        <source>dataset %1</source>
        <translation>скуп података %1</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>Recognises Kosovo</source>
        <translation>Признаје Косово</translation>
    </message>
    <message>
        <source>Withdrawal claimed</source>
        <translation>Тврдња о повлачењу</translation>
    </message>
    <message>
        <source>Does not recognise</source>
        <translation>Не признаје</translation>
    </message>
    <message>
        <source>No data / not a state</source>
        <translation>Нема података / није држава</translation>
    </message>
    <message>
        <source>Recognition of Kosovo, %1</source>
        <translation>Признање Косова, %1</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states recognise</source>
        <translation>Признаје %1 од %2 државе чланице УН</translation>
    </message>
    <message>
        <source>Withdrawal claims: %1 (counted separately)</source>
        <translation>Тврдње о повлачењу: %1 (броје се засебно)</translation>
    </message>
    <message>
        <source>Map: Natural Earth (public domain) · Data: Kosovo Recognition Atlas, %1 sourced events</source>
        <translation>Мапа: Natural Earth (јавно добро) · Подаци: Атлас признања Косова, %1 догађаја са изворима</translation>
    </message>
    <message>
        <source>Dotted: counted otherwise by this rule (%1)</source>
        <translation>Тачкасто: ово правило их броји другачије (%1)</translation>
    </message>
    <message>
        <source>as Kosovo&apos;s foreign ministry counts</source>
        <translation>како броји министарство спољних послова Косова</translation>
    </message>
    <message>
        <source>as Serbia&apos;s foreign ministry counts</source>
        <translation>како броји министарство спољних послова Србије</translation>
    </message>
    <message>
        <source>as independent trackers count (confirmed only)</source>
        <translation>како броје независни посматрачи (само потврђена)</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, %3</source>
        <translation>%1 од %2 држава чланица УН, %3</translation>
    </message>
    <message>
        <source>%1 of %2 UN member states, and %3 others, %4</source>
        <translation>%1 од %2 држава чланица УН, и још %3, %4</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map title: d = day, MMMM = month name, yyyy = year.</extracomment>
        <translation>d. MMMM yyyy.</translation>
    </message>
    <message>
        <source>%1: %2 recognises</source>
        <translation>%1: %2 признаје Косово</translation>
    </message>
    <message>
        <source>%1: %2 recognises again</source>
        <translation>%1: %2 поново признаје Косово</translation>
    </message>
    <message>
        <source>%1: withdrawal of recognition claimed for %2</source>
        <translation>%1: тврди се да је повучено признање: %2</translation>
    </message>
    <message>
        <source>%1: recognition by %2 annulled</source>
        <translation>%1: поништено признање: %2</translation>
    </message>
    <message>
        <source>%1: recognition by %2 announced, contested</source>
        <translation>%1: објављено признање, оспорено: %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>QDate::toString format of the date in the map&apos;s event line: d = day, MMM = short month name, yyyy = year.</extracomment>
        <translation>d. MMM yyyy.</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (и још %2)</translation>
    </message>
</context>
<context>
    <name>atlas::MapView</name>
    <message>
        <source>World map</source>
        <translation>Мапа света</translation>
    </message>
    <message>
        <source>Press ] and [ to move through the states, Enter to open one.</source>
        <translation>Притисните ] и [ за кретање кроз државе, Enter да отворите једну.</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Ниједна држава није изабрана</translation>
    </message>
    <message>
        <source>%1: not a state in this atlas</source>
        <translation>%1: није држава у овом атласу</translation>
    </message>
</context>
<context>
    <name>atlas::SeriesRangeFields</name>
    <message>
        <source>One frame per event date</source>
        <translation>Један кадар по датуму догађаја</translation>
    </message>
    <message>
        <source>One frame per day</source>
        <translation>Један кадар дневно</translation>
    </message>
    <message>
        <source>One frame per week</source>
        <translation>Један кадар недељно</translation>
    </message>
    <message>
        <source>One frame per month</source>
        <translation>Један кадар месечно</translation>
    </message>
    <message>
        <source>One frame per year</source>
        <translation>Један кадар годишње</translation>
    </message>
    <message>
        <source>The first frame shows this day</source>
        <translation>Први кадар приказује овај дан</translation>
    </message>
    <message>
        <source>The last frame shows this day</source>
        <translation>Последњи кадар приказује овај дан</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of each frame in pixels</source>
        <translation>Ширина сваког кадра у пикселима</translation>
    </message>
    <message>
        <source>Height of each frame in pixels</source>
        <translation>Висина сваког кадра у пикселима</translation>
    </message>
    <message>
        <source>Frames:</source>
        <translation>Кадрови:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Од:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Величина:</translation>
    </message>
</context>
<context>
    <name>atlas::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пречице на тастатури</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Тастери</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Радња</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected state in the side panel</source>
        <translation>Отвори изабрану државу у бочном панелу</translation>
    </message>
    <message>
        <source>+, −, mouse wheel</source>
        <translation>+, −, точкић миша</translation>
    </message>
    <message>
        <source>Zoom the map in or out</source>
        <translation>Увећај или умањи мапу</translation>
    </message>
    <message>
        <source>Up, Down, drag</source>
        <translation>Горе, Доле, превлачење</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Помери мапу</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Move the focus: map, charts, side panel, time bar</source>
        <translation>Помери фокус: мапа, графикони, бочни панел, временска трака</translation>
    </message>
    <message>
        <source>Right, Page Down, Space / Left, Page Up</source>
        <translation>Десно, Page Down, Размак / Лево, Page Up</translation>
    </message>
    <message>
        <source>During a tour: next / previous chapter</source>
        <translation>Током обиласка: следеће / претходно поглавље</translation>
    </message>
</context>
<context>
    <name>atlas::StateDetails</name>
    <message>
        <source>No recognition events recorded.</source>
        <translation>Нема забележених догађаја признања.</translation>
    </message>
    <message>
        <source>(disputed)</source>
        <translation>(оспорено)</translation>
    </message>
    <message>
        <source>Asserted by %1</source>
        <translation>Тврди: %1</translation>
    </message>
    <message>
        <source>No stated position recorded.</source>
        <translation>Нема забележеног званичног става.</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>чланица од %1</translation>
    </message>
    <message>
        <source>member %1 to %2</source>
        <translation>чланица од %1 до %2</translation>
    </message>
    <message>
        <source>Member of none of UN, EU, NATO, AU, OIC, G20.</source>
        <translation>Није чланица ниједне од: УН, ЕУ, НАТО, АУ, ОИС, Г20.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Догађаји</translation>
    </message>
    <message>
        <source>Stated position</source>
        <translation>Изнети став</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Чланства</translation>
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
        <translation>Пронађи државу… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a state</source>
        <translation>Пронађи државу</translation>
    </message>
    <message>
        <source>State details</source>
        <translation>Детаљи о држави</translation>
    </message>
    <message>
        <source>Events near this date</source>
        <translation>Догађаји близу овог датума</translation>
    </message>
    <message>
        <source>No state selected</source>
        <translation>Ниједна држава није изабрана</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a state on the map, or type its name in the search field.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;: Space play/pause · Left/Right previous/next event · PgUp/PgDn one month · Home/End first/last date · ] and [ next/previous state · Enter open the state · F11 presentation mode&lt;/p&gt;</source>
        <translation>&lt;p&gt;Кликните на државу на мапи или упишите њен назив у поље за претрагу.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Тастери&lt;/b&gt;: размак пусти/пауза · лево/десно претходни/следећи догађај · PgUp/PgDn један месец · Home/End први/последњи датум · ] и [ следећа/претходна држава · Enter отвори државу · F11 режим презентације&lt;/p&gt;</translation>
    </message>
    <message>
        <source>On %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>На дан %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>од %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events near %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Догађаји близу датума %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Click an event to select its state and move the slider to its date</source>
        <translation>Кликните на догађај да изаберете његову државу и померите клизач на његов датум</translation>
    </message>
</context>
<context>
    <name>atlas::TimelineBar</name>
    <message>
        <source>1 week per second</source>
        <translation>1 недеља у секунди</translation>
    </message>
    <message>
        <source>1 month per second</source>
        <translation>1 месец у секунди</translation>
    </message>
    <message>
        <source>3 months per second</source>
        <translation>3 месеца у секунди</translation>
    </message>
    <message>
        <source>1 year per second</source>
        <translation>1 година у секунди</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почетак</translation>
    </message>
    <message>
        <source>First date: 17 February 2008 (Home)</source>
        <translation>Први датум: 17. фебруар 2008. (Home)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Догађај</translation>
    </message>
    <message>
        <source>Previous event (Left)</source>
        <translation>Претходни догађај (стрелица лево)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Пусти или паузирај (размак)</translation>
    </message>
    <message>
        <source>Next event (Right)</source>
        <translation>Следећи догађај (стрелица десно)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Данас</translation>
    </message>
    <message>
        <source>Last date: today (End)</source>
        <translation>Последњи датум: данас (End)</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Приказани датум</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Брзина репродукције</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Понављај</translation>
    </message>
    <message>
        <source>Start again from 2008 after reaching today (Ctrl+L)</source>
        <translation>Почни поново од 2008. кад се стигне до данас (Ctrl+L)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Drag to move through time; ticks mark recognitions and withdrawal claims</source>
        <translation>Превуците за кретање кроз време; ознаке обележавају признања и тврдње о повлачењу</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Пусти</translation>
    </message>
</context>
<context>
    <name>atlas::TourCard</name>
    <message>
        <source>Tour caption</source>
        <translation>Опис обиласка</translation>
    </message>
    <message>
        <source>Chapter %1 of %2 · %3</source>
        <translation>Поглавље %1 од %2 · %3</translation>
    </message>
    <message>
        <source>→ / Page Down / Space: next · ← / Page Up: back · Esc: leave the tour</source>
        <translation>→ / Page Down / Размак: даље · ← / Page Up: назад · Esc: излаз из обиласка</translation>
    </message>
</context>
<context>
    <name>atlas::WindowReloader</name>
    <message>
        <source>Cannot reload the atlas</source>
        <translation>Атлас не може поново да се учита</translation>
    </message>
    <message>
        <source>The map and data on screen are unchanged.</source>
        <translation>Мапа и подаци на екрану су непромењени.</translation>
    </message>
</context>
</TS>
