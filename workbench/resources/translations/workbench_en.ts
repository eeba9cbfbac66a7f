<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
        <name>BinDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/bin_dialog.py" line="80" />
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
            <location filename="../../ui/pages/care_page.py" line="296" />
            <source>Birthdays and work anniversaries (%n)</source>
            <translation>
                <numerusform>Birthdays and work anniversaries (%n)</numerusform>
                <numerusform>Birthdays and work anniversaries (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/care_page.py" line="467" />
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
            <source>%n duty(ies) from earlier periods</source>
            <translation>
                <numerusform>%n duty from earlier periods</numerusform>
                <numerusform>%n duties from earlier periods</numerusform>
            </translation>
        </message>
        <message numerus="yes">
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
            <location filename="../../ui/widgets/care_tables.py" line="61" />
            <source>Passed, %n day(s) ago</source>
            <translation>
                <numerusform>Passed, %n day ago</numerusform>
                <numerusform>Passed, %n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/care_tables.py" line="62" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/care_tables.py" line="81" />
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
            <location filename="../../ui/widgets/reminder_banner.py" line="73" />
            <source>%n duty(ies) due today</source>
            <translation>
                <numerusform>%n duty due today</numerusform>
                <numerusform>%n duties due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/reminder_banner.py" line="75" />
            <source>%n duty(ies) overdue</source>
            <translation>
                <numerusform>%n duty overdue</numerusform>
                <numerusform>%n duties overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/reminder_banner.py" line="77" />
            <source>%n people not yet talked with this month</source>
            <translation>
                <numerusform>%n person not yet talked with this month</numerusform>
                <numerusform>%n people not yet talked with this month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/reminder_banner.py" line="78" />
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/reminder_banner.py" line="81" />
            <source>%n follow-up(s) past due</source>
            <translation>
                <numerusform>%n follow-up past due</numerusform>
                <numerusform>%n follow-ups past due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/widgets/reminder_banner.py" line="84" />
            <source>%n employee request(s) unanswered after 24 hours</source>
            <translation>
                <numerusform>%n employee request unanswered after 24 hours</numerusform>
                <numerusform>%n employee requests unanswered after 24 hours</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>RosterImportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/dialogs/roster_import_dialog.py" line="92" />
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
            <location filename="../../ui/pages/roster_page.py" line="302" />
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
            <location filename="../../ui/dialogs/search_dialog.py" line="124" />
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
            <location filename="../../ui/dialogs/survey_response_dialog.py" line="149" />
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
            <location filename="../../ui/pages/surveys_page.py" line="385" />
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
            <location filename="../../ui/dialogs/talk_dialog.py" line="225" />
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
            <location filename="../../ui/pages/talks_page.py" line="226" />
            <source>%n employee request(s) unanswered after 24 hours</source>
            <translation>
                <numerusform>%n employee request unanswered after 24 hours</numerusform>
                <numerusform>%n employee requests unanswered after 24 hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/pages/talks_page.py" line="403" />
            <source>%n talk record(s) found</source>
            <translation>
                <numerusform>%n talk record found</numerusform>
                <numerusform>%n talk records found</numerusform>
            </translation>
        </message>
    </context>
</TS>