<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>pr::CountdownOverlay</name>
    <message numerus="yes">
        <source>To protect your privacy, this screen starts over in %n second(s).</source>
        <translation>
            <numerusform>To protect your privacy, this screen starts over in %n second.</numerusform>
            <numerusform>To protect your privacy, this screen starts over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::KioskSetupDialog</name>
    <message numerus="yes">
        <source>At least %n digits</source>
        <translation>
            <numerusform>At least %n digit</numerusform>
            <numerusform>At least %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The attract screen text is longer than %n characters.</source>
        <translation>
            <numerusform>The attract screen text is longer than %n character.</numerusform>
            <numerusform>The attract screen text is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::MainWindow</name>
    <message numerus="yes">
        <source>%n bookmark(s) added</source>
        <translation>
            <numerusform>%n bookmark added</numerusform>
            <numerusform>%n bookmarks added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::PinGuard</name>
    <message numerus="yes">
        <source>Try again in %n s.</source>
        <translation>
            <numerusform>Try again in %n s.</numerusform>
            <numerusform>Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pr::SearchPanel</name>
    <message numerus="yes">
        <source>%n answer(s) match well</source>
        <translation>
            <numerusform>%n answer matches well</numerusform>
            <numerusform>%n answers match well</numerusform>
        </translation>
    </message>
</context>
</TS>
