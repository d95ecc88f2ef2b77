<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>Audit</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/audit.py" line="222" />
      <source>%n events</source>
      <translation>
        <numerusform>%n event</numerusform>
        <numerusform>%n events</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/audit.py" line="239" />
      <source>%n fields changed</source>
      <translation>
        <numerusform>%n field changed</numerusform>
        <numerusform>%n fields changed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CaseList</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/cases.py" line="44" />
      <source>%n cases</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Deadlines</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/deadlines.py" line="42" />
      <source>%n days overdue</source>
      <translation>
        <numerusform>%n day overdue</numerusform>
        <numerusform>%n days overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/deadlines.py" line="45" />
      <source>%n days left</source>
      <translation>
        <numerusform>%n day left</numerusform>
        <numerusform>%n days left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FileJobs</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/jobs/files.py" line="278" />
      <source>%n refused rows written to {path}.</source>
      <translation>
        <numerusform>%n refused row written to {path}.</numerusform>
        <numerusform>%n refused rows written to {path}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="422" />
      <source>%n cases in the register</source>
      <translation>
        <numerusform>%n case in the register</numerusform>
        <numerusform>%n cases in the register</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="423" />
      <source>%n replies overdue</source>
      <translation>
        <numerusform>%n reply overdue</numerusform>
        <numerusform>%n replies overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="424" />
      <source>%n due this week</source>
      <translation>
        <numerusform>%n due this week</numerusform>
        <numerusform>%n due this week</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Reference</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="35" />
      <source>%n cases</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="37" />
      <source>%n deputies</source>
      <translation>
        <numerusform>%n deputy</numerusform>
        <numerusform>%n deputies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="39" />
      <source>%n deputy groups</source>
      <translation>
        <numerusform>%n deputy group</numerusform>
        <numerusform>%n deputy groups</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/reference.py" line="151" />
      <source>%n items</source>
      <translation>
        <numerusform>%n item</numerusform>
        <numerusform>%n items</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="111" />
      <source>{period}%n deputies' suggestions were supervised and {resolved} {resolved_word}; the {rate_name} reached {rate}%{change}.</source>
      <translation>
        <numerusform>{period}%n deputy's suggestion was supervised and {resolved} {resolved_word}; the {rate_name} reached {rate}%{change}.</numerusform>
        <numerusform>{period}%n deputies' suggestions were supervised and {resolved} {resolved_word}; the {rate_name} reached {rate}%{change}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="183" />
      <source>{period}%n deputies' motions were handled, all of them completed and answered.</source>
      <translation>
        <numerusform>{period}%n deputy's motion was handled, completed and answered.</numerusform>
        <numerusform>{period}%n deputies' motions were handled, all of them completed and answered.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="186" />
      <source>{period}%n deputies' motions were handled, {replied} of them completed and answered so far.</source>
      <translation>
        <numerusform>{period}%n deputy's motion was handled; it is not yet completed and answered.</numerusform>
        <numerusform>{period}%n deputies' motions were handled, {replied} of them completed and answered so far.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/settings.py" line="53" />
      <source>%n months</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/settings.py" line="53" />
      <source>%n days</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SimilarPanel</name>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/similar_panel.py" line="146" />
      <source>%n cases with a similar title or content, most similar first:</source>
      <translation>
        <numerusform>%n case with a similar title or content:</numerusform>
        <numerusform>%n cases with a similar title or content, most similar first:</numerusform>
      </translation>
    </message>
  </context>
</TS>
