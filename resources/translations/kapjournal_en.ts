<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../kapjournal/cli.py" line="+264"/>
        <source>Sample journal created with %n days of history.</source>
        <translation>
            <numerusform>Sample journal created with %n day of history.</numerusform>
            <numerusform>Sample journal created with %n days of history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Imported %n records.</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>The journal is damaged (%n problems).</source>
        <translation>
            <numerusform>The journal is damaged (%n problem).</numerusform>
            <numerusform>The journal is damaged (%n problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/measures/checkins.py" line="+368"/>
        <source>%n days before session %1</source>
        <translation>
            <numerusform>%n day before session %1</numerusform>
            <numerusform>%n days before session %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days after the last session</source>
        <translation>
            <numerusform>%n day after the last session</numerusform>
            <numerusform>%n days after the last session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/summary/measures.py" line="+386"/>
        <source>%n check-ins on %1 of %2 days.</source>
        <translation>
            <numerusform>%n check-in on %1 of %2 days.</numerusform>
            <numerusform>%n check-ins on %1 of %2 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/summary/reflections.py" line="+241"/>
        <source>%n days after</source>
        <translation>
            <numerusform>%n day after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/preparation/session_view.py" line="+178"/>
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+269"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/preparation/sessions_page.py" line="+290"/>
        <source>Your course is saved with %n sessions.</source>
        <translation>
            <numerusform>Your course is saved with %n session.</numerusform>
            <numerusform>Your course is saved with %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/preparation/today_cards.py" line="+99"/>
        <source>You came to %n sessions. The weeks after a course are a time to keep noticing what changes; your journal is here for that.</source>
        <translation>
            <numerusform>You came to %n session. The weeks after a course are a time to keep noticing what changes; your journal is here for that.</numerusform>
            <numerusform>You came to %n sessions. The weeks after a course are a time to keep noticing what changes; your journal is here for that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1 is in %n days</source>
        <translation>
            <numerusform>%1 is in %n day</numerusform>
            <numerusform>%1 is in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/reflection/breathing_page.py" line="+1"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n minutes added to your practice log.</source>
        <translation>
            <numerusform>%n minute added to your practice log.</numerusform>
            <numerusform>%n minutes added to your practice log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/reflection/practice_page.py" line="+54"/>
        <source>week of %1: %n minutes</source>
        <translation>
            <numerusform>week of %1: %n minute</numerusform>
            <numerusform>week of %1: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+247"/>
        <source>This week: %n minutes</source>
        <translation>
            <numerusform>This week: %n minute</numerusform>
            <numerusform>This week: %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/summary/preview.py" line="+52"/>
        <source>%n items · %1</source>
        <translation>
            <numerusform>%n item · %1</numerusform>
            <numerusform>%n items · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/common/charts.py" line="+474"/>
        <source>%n session days are marked with dashed lines.</source>
        <translation>
            <numerusform>%n session day is marked with a dashed line.</numerusform>
            <numerusform>%n session days are marked with dashed lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/reflection/feature.py" line="+151"/>
        <source>%n action steps have reached their day. How did they go?</source>
        <translation>
            <numerusform>%n action step has reached its day. How did it go?</numerusform>
            <numerusform>%n action steps have reached their day. How did they go?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/reflection/timeline.py" line="+338"/>
        <source>%n matching entries, newest first</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kapjournal/ui/summary/password_page.py" line="+46"/>
        <source>%n words in small letters, with a space between them.</source>
        <translation>
            <numerusform>%n word in small letters.</numerusform>
            <numerusform>%n words in small letters, with a space between them.</numerusform>
        </translation>
    </message>
</context>
</TS>
