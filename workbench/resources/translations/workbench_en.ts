<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/attention_page.py" line="113"/>
        <source>%n person(s) need attention</source>
        <translation>
            <numerusform>%n person needs attention</numerusform>
            <numerusform>%n people need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/attention_page.py" line="114"/>
        <source> · %n followed</source>
        <translation>
            <numerusform> · %n followed</numerusform>
            <numerusform> · %n followed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="55"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="58"/>
        <source>%n marked as followed.</source>
        <translation>
            <numerusform>%n marked as followed.</numerusform>
            <numerusform>%n marked as followed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/attention_panel.py" line="65"/>
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/bin_dialog.py" line="86"/>
        <source>Delete %n item(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n item for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n items for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/care_page.py" line="185"/>
        <source>Birthdays and work anniversaries (%n)</source>
        <translation>
            <numerusform>Birthdays and work anniversaries (%n)</numerusform>
            <numerusform>Birthdays and work anniversaries (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/care_page.py" line="337"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/checklist_page.py" line="309"/>
        <source>%n duty(ies) from earlier periods</source>
        <translation>
            <numerusform>%n duty from earlier periods</numerusform>
            <numerusform>%n duties from earlier periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/checklist_page.py" line="313"/>
        <source>Skip %n duty(ies) from earlier periods</source>
        <translation>
            <numerusform>Skip %n duty from earlier periods</numerusform>
            <numerusform>Skip %n duties from earlier periods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatesModel</name>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="36"/>
        <source>Passed, %n day(s) ago</source>
        <translation>
            <numerusform>Passed, %n day ago</numerusform>
            <numerusform>Passed, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="37"/>
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/models/care_models.py" line="54"/>
        <source>%n year(s) with the center</source>
        <translation>
            <numerusform>%n year with the center</numerusform>
            <numerusform>%n years with the center</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverdueBar</name>
    <message numerus="yes">
        <location filename="../../../ui/widgets/overdue_bar.py" line="28"/>
        <source>%n duty(ies) from earlier periods can still be done. Tick what you catch up on; skip what is no longer needed.</source>
        <translation>
            <numerusform>%n duty from earlier periods can still be done. Tick it when you catch up on it; skip it if it is no longer needed.</numerusform>
            <numerusform>%n duties from earlier periods can still be done. Tick what you catch up on; skip what is no longer needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="64"/>
        <source>%n duty(ies) due today</source>
        <translation>
            <numerusform>%n duty due today</numerusform>
            <numerusform>%n duties due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="66"/>
        <source>%n duty(ies) overdue</source>
        <translation>
            <numerusform>%n duty overdue</numerusform>
            <numerusform>%n duties overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="68"/>
        <source>%n people not yet talked with this month</source>
        <translation>
            <numerusform>%n person not yet talked with this month</numerusform>
            <numerusform>%n people not yet talked with this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="69"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="72"/>
        <source>%n follow-up(s) past due</source>
        <translation>
            <numerusform>%n follow-up past due</numerusform>
            <numerusform>%n follow-ups past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="74"/>
        <source>%n employee request(s) unanswered after 24 hours</source>
        <translation>
            <numerusform>%n employee request unanswered after 24 hours</numerusform>
            <numerusform>%n employee requests unanswered after 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/reminder_banner.py" line="77"/>
        <source>%n appeal(s) past the reply limit</source>
        <translation>
            <numerusform>%n appeal past the reply limit</numerusform>
            <numerusform>%n appeals past the reply limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/roster_import_dialog.py" line="111"/>
        <source>%n active employee(s) of these teams are not in the file. They stay as they are unless you tick them.</source>
        <translation>
            <numerusform>%n active employee of these teams is not in the file. They stay as they are unless you tick them.</numerusform>
            <numerusform>%n active employees of these teams are not in the file. They stay as they are unless you tick them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/roster_page.py" line="187"/>
        <source>%n people shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/search_dialog.py" line="79"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResponseDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/survey_response_dialog.py" line="152"/>
        <source>%n response(s) saved</source>
        <translation>
            <numerusform>%n response saved</numerusform>
            <numerusform>%n responses saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/surveys_page.py" line="299"/>
        <source>%n response(s) saved.</source>
        <translation>
            <numerusform>%n response saved.</numerusform>
            <numerusform>%n responses saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message numerus="yes">
        <location filename="../../../ui/dialogs/talk_dialog.py" line="218"/>
        <source>Already talked with %n times this month (last %1)</source>
        <translation>
            <numerusform>Already talked with %n times this month (last %1)</numerusform>
            <numerusform>Already talked with %n times this month (last %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message numerus="yes">
        <location filename="../../../ui/pages/talks_page.py" line="206"/>
        <source>%n employee request(s) unanswered after 24 hours</source>
        <translation>
            <numerusform>%n employee request unanswered after 24 hours</numerusform>
            <numerusform>%n employee requests unanswered after 24 hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/pages/talks_page.py" line="420"/>
        <source>%n talk record(s) found</source>
        <translation>
            <numerusform>%n talk record found</numerusform>
            <numerusform>%n talk records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="35"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>Last %n month</numerusform>
            <numerusform>Last %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="92"/>
        <source>%1 · %2 to %3 · %n talk(s)</source>
        <translation>
            <numerusform>%1 · %2 to %3 · %n talk</numerusform>
            <numerusform>%1 · %2 to %3 · %n talks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../ui/widgets/themes_view.py" line="133"/>
        <source>Talks raising “%1” (%n)</source>
        <translation>
            <numerusform>Talks raising “%1” (%n)</numerusform>
            <numerusform>Talks raising “%1” (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
