<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<dependencies>
<dependency catalog="qtbase_fr"/>
</dependencies>
    <extra-first>file &amp; extra</extra-first>
    <extra-second>2</extra-second>
<context>
    <name>Main&lt;Window&gt;</name>
    <comment>The main window’s strings</comment>
    <message id="main.save" numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+120"/>
        <location filename="../ui/other.cpp" line="44"/>
        <location line="+3"/>
        <location filename="../ui/mainwindow.cpp" line="-20"/>
        <source>Saved %n file(s) to “%1”</source>
        <oldsource>Saved %n files</oldsource>
        <comment>status bar</comment>
        <oldcomment>status</oldcomment>
        <extracomment>%1 is a folder</extracomment>
        <translatorcomment>check the plural</translatorcomment>
        <translation type="unfinished">
            <numerusform>%n fichier enregistré dans « %1 »</numerusform>
            <numerusform>%n fichiers enregistrés dans « %1 »</numerusform>
        </translation>
        <extra-po-flags>qt-format</extra-po-flags>
        <extra-po-msgid_plural>Saved %n files</extra-po-msgid_plural>
        <userdata>kept</userdata>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open &lt;b&gt;“this”&lt;/b&gt; &amp;&amp; &apos;that&apos; &quot;here&quot;</source>
        <translation>&amp;Ouvrir &lt;b&gt;« ceci »&lt;/b&gt; &amp;&amp; l’autre&#xa0;: ici</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp"/>
        <source>Tab<byte value="x9"/>and bell<byte value="x7"/> and a
newline</source>
        <translation variants="yes">
            <lengthvariant>Une tabulation longue</lengthvariant>
            <lengthvariant>Tab. courte</lengthvariant>
        </translation>
    </message>
</context>
<context>
    <name>Old</name>
    <message>
        <location filename="../ui/gone.cpp" line="+7"/>
        <source>Vanished text</source>
        <translation type="vanished">Texte disparu</translation>
    </message>
    <message>
        <source>Obsolete text</source>
        <translation type="obsolete">Texte obsolète</translation>
    </message>
    <message>
        <source>Empty vanished</source>
        <translation type="vanished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gone.cpp" line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gone.cpp" line="+2"/>
        <source>Ελληνικά 日本語 😀</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
