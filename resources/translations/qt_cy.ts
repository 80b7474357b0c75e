<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words on standard buttons, which Qt ships no Welsh for. Kept by hand (not lupdate). -->
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Iawn</translation></message>
    <message><source>Save</source><translation>Cadw</translation></message>
    <message><source>Save All</source><translation>Cadw’r Cyfan</translation></message>
    <message><source>Open</source><translation>Agor</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Iawn</translation></message>
    <message><source>Yes to &amp;All</source><translation>Iawn i’r &amp;Cyfan</translation></message>
    <message><source>&amp;No</source><translation>&amp;Na</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;a i’r Cyfan</translation></message>
    <message><source>Abort</source><translation>Terfynu</translation></message>
    <message><source>Retry</source><translation>Ceisio Eto</translation></message>
    <message><source>Ignore</source><translation>Anwybyddu</translation></message>
    <message><source>Close</source><translation>Cau</translation></message>
    <message><source>Cancel</source><translation>Diddymu</translation></message>
    <message><source>Discard</source><translation>Gwaredu</translation></message>
    <message><source>Help</source><translation>Cymorth</translation></message>
    <message><source>Apply</source><translation>Gweithredu</translation></message>
    <message><source>Reset</source><translation>Ailosod</translation></message>
    <message><source>Restore Defaults</source><translation>Adfer y Rhagosodiadau</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>OK</source><translation>Iawn</translation></message>
    <message><source>Cancel</source><translation>Diddymu</translation></message>
    <message><source>&amp;OK</source><translation>&amp;Iawn</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Diddymu</translation></message>
</context>
<context>
    <name>QShortcut</name>
    <message><source>Ctrl</source><translation>Ctrl</translation></message>
    <message><source>Shift</source><translation>Shift</translation></message>
</context>
</TS>
