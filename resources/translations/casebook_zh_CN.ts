<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Action</name>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="105" />
      <source>Register</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="106" />
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="107" />
      <source>Handle as a suggestion</source>
      <translation>转为建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="108" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="109" />
      <source>Assign</source>
      <translation>交办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="110" />
      <source>Acknowledge receipt</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="111" />
      <source>Change handling unit</source>
      <translation>调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="112" />
      <source>Record reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="113" />
      <source>Record rating</source>
      <translation>测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="114" />
      <source>Re-handle</source>
      <translation>重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="115" />
      <source>Close</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="116" />
      <source>Follow-up review</source>
      <translation>回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="117" />
      <source>Supervision record</source>
      <translation>督办记录</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="118" />
      <source>Handle jointly</source>
      <translation>并案办理</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../casebook/ui/application.py" line="35" />
      <source>Casebook</source>
      <translation>代表议案建议办理台账</translation>
    </message>
  </context>
  <context>
    <name>Case</name>
    <message>
      <location filename="../../casebook/services/case_access.py" line="21" />
      <location filename="../../casebook/services/cases.py" line="62" />
      <source>{session} No. {number}</source>
      <translation>{session}第{number}号</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../casebook/cli.py" line="23" />
      <source>Casebook: the register of deputies' motions and suggestions (代表议案建议办理台账).</source>
      <translation>Casebook：代表议案建议办理台账。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="31" />
      <source>database file or SQLAlchemy URL (default: {env} or the user data folder)</source>
      <translation>数据库文件或 SQLAlchemy 地址（默认：环境变量 {env}，或用户数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="36" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="39" />
      <source>create or upgrade the database and show its revision</source>
      <translation>新建或升级数据库，并显示其结构版本</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="51" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="53" />
      <source>Created at schema revision {revision} (the newest).</source>
      <translation>已新建数据库，结构版本为 {revision}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="56" />
      <source>Upgraded from schema revision {before} to {after} (the newest).</source>
      <translation>数据库结构已从版本 {before} 升级到 {after}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="61" />
      <source>At schema revision {revision} (the newest).</source>
      <translation>数据库结构版本为 {revision}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="63" />
      <location filename="../../casebook/cli_demo.py" line="29" />
      <source>Backup of the previous file: {path}</source>
      <translation>原文件已备份到：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli.py" line="84" />
      <source>Error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_demo.py" line="15" />
      <source>fill an empty database with the demo register</source>
      <translation>在空数据库中载入演示台账</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_demo.py" line="19" />
      <source>replace everything in a database that is not empty (a backup is kept)</source>
      <translation>替换非空数据库中的全部内容（先保留备份）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_demo.py" line="32" />
      <source>Demo register loaded: {cases} cases, {deputies} deputies, {units} handling units.</source>
      <translation>演示台账已载入：议案建议{cases}件，代表{deputies}名，承办单位{units}个。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="21" />
      <source>figures of a year's cases as of a date</source>
      <translation>统计某年议案建议截至某日的办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="22" />
      <source>year of submission (the cohort)</source>
      <translation>提出年度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="27" />
      <source>the date the figures stand on (default: today)</source>
      <translation>统计截止日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="33" />
      <source>suggestions (default) or motions</source>
      <translation>建议（默认）或议案</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="35" />
      <source>only the cases of this session</source>
      <translation>只统计该次会议的议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="36" />
      <source>print JSON for other programs</source>
      <translation>以 JSON 格式输出，供其他程序读取</translation>
    </message>
  </context>
  <context>
    <name>Enum</name>
    <message>
      <location filename="../../casebook/domain/enums.py" line="98" />
      <source>Motion</source>
      <translation>议案</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="99" />
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="100" />
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="101" />
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="102" />
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="103" />
      <source>Rated</source>
      <translation>已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="104" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="105" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="106" />
      <source>Congress meeting</source>
      <translation>大会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="107" />
      <source>Interim period</source>
      <translation>闭会期间</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="108" />
      <source>Government department</source>
      <translation>政府部门</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="109" />
      <source>Court</source>
      <translation>法院</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="110" />
      <source>Procuratorate</source>
      <translation>检察院</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="111" />
      <source>Other unit</source>
      <translation>其他单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="112" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="113" />
      <source>Assisting unit</source>
      <translation>协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="114" />
      <source>Separately handling unit</source>
      <translation>分办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="115" />
      <source>Active</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="116" />
      <source>Changed to another unit</source>
      <translation>已调整</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="117" />
      <source>Earlier round</source>
      <translation>前一轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="118" />
      <source>Face to face</source>
      <translation>当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="119" />
      <location filename="../../casebook/domain/enums.py" line="131" />
      <source>Meeting</source>
      <translation>座谈会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="120" />
      <location filename="../../casebook/domain/enums.py" line="134" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="121" />
      <source>Letter</source>
      <translation>书面函复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="122" />
      <source>Unit head</source>
      <translation>主要负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="123" />
      <source>Deputy head</source>
      <translation>分管负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="124" />
      <source>Section head</source>
      <translation>处（科）室负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="125" />
      <source>Staff</source>
      <translation>经办人员</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="126" />
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="127" />
      <source>Basically satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="128" />
      <source>Unsatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="129" />
      <source>Standing committee leader</source>
      <translation>人大常委会领导</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="130" />
      <source>Government leader</source>
      <translation>政府领导</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="132" />
      <source>Site visit</source>
      <translation>实地察看</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="133" />
      <source>Progress meeting</source>
      <translation>推进会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="135" />
      <source>Document</source>
      <translation>发文督办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="136" />
      <source>Handled jointly</source>
      <translation>并案办理</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="20" />
      <source>Casebook — register of deputies' motions and suggestions</source>
      <translation>代表议案建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="25" />
      <source>Cases in the register</source>
      <translation>台账概况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="29" />
      <source>All cases:</source>
      <translation>全部件数：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="33" />
      <source>{state}:</source>
      <translation>{state}：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="38" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="49" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="50" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="54" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="55" />
      <source>&amp;About Casebook</source>
      <translation>关于本程序(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="62" />
      <source>About Casebook</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="63" />
      <source>Casebook {version}
Database: {location}</source>
      <translation>代表议案建议办理台账 {version}
数据库：{location}</translation>
    </message>
  </context>
  <context>
    <name>Reference</name>
    <message>
      <location filename="../../casebook/services/reference.py" line="89" />
      <source>session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="100" />
      <source>delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="104" />
      <source>deputy group</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="108" />
      <source>handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="112" />
      <source>special committee</source>
      <translation>专门委员会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="116" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="121" />
      <source>leader</source>
      <translation>领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="142" />
      <source>deputy</source>
      <translation>代表</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="23" />
      <source>In {year}, </source>
      <translation>全年</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="24" />
      <source>As of {date}, </source>
      <translation>截至{month}月{day}日，</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="34" />
      <source>, up {points} percentage points on the previous year</source>
      <translation>，同比上升{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="36" />
      <source>, down {points} percentage points on the previous year</source>
      <translation>，同比下降{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="37" />
      <source>, unchanged on the previous year</source>
      <translation>，同比持平</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="52" />
      <source>{period}no deputies' motions were registered.</source>
      <translation>{period}暂无代表议案。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="53" />
      <source>{period}no deputies' suggestions were registered.</source>
      <translation>{period}暂无代表建议。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="60" />
      <source>{period}{total} deputies' motions were handled and {resolved} resolved; the resolution rate reached {rate}%{change}.</source>
      <translation>{period}办理代表议案{total}件，解决{resolved}件，议案解决率达{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="66" />
      <source>{period}{total} deputies' suggestions were supervised and {resolved} resolved; the resolution rate reached {rate}%{change}.</source>
      <translation>{period}督办代表建议{total}件，解决{resolved}件，建议解决率达{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="78" />
      <source>Of these, {total} were key suggestions supervised by leaders, {resolved} of them resolved ({rate}%).</source>
      <translation>其中重点督办建议{total}件，解决{resolved}件，解决率{rate}%。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="85" />
      <source>Deputies returned {rated} ratings, {satisfied} of them satisfied or basically satisfied; the satisfaction rate was {rate}%{change}.</source>
      <translation>代表反馈测评意见{rated}件，满意和基本满意{satisfied}件，满意率{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="93" />
      <source>{on_time} of the {due} replies due were made on time; the on-time reply rate was {rate}%{change}.</source>
      <translation>应答复{due}件，按期答复{on_time}件，按期答复率{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="100" />
      <source>Units met the deputies in person for {met} of {replies} replies; the meeting rate was {rate}%.</source>
      <translation>承办单位当面沟通{met}件次，见面率{rate}%。</translation>
    </message>
  </context>
  <context>
    <name>Rule</name>
    <message>
      <location filename="../../casebook/demo/generator.py" line="78" />
      <source>This database already holds cases or reference data, so the demonstration data were not loaded. Load them into a new, empty database, or choose to replace everything in this one.</source>
      <translation>本数据库中已有议案建议或基础数据，未载入演示数据。请将演示数据载入新的空数据库，或选择替换本数据库中的全部内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/errors.py" line="39" />
      <source>Case {case}: {text}</source>
      <translation>{case}：{text}</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="62" />
      <source>a reply can only be recorded after the case has been assigned to a handling unit</source>
      <translation>尚未交办承办单位，不能录入答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="66" />
      <source>the deputy's rating can only be recorded after a handling unit has replied</source>
      <translation>承办单位尚未答复，不能录入代表测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="70" />
      <source>the deputy's rating can only be recorded after every lead unit has replied</source>
      <translation>主办单位尚未全部答复，不能录入代表测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="74" />
      <source>a case is closed only after the deputy's rating has been recorded</source>
      <translation>须先录入代表测评意见，才能办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="78" />
      <source>re-handling follows an unsatisfied rating, and no rating has been recorded yet</source>
      <translation>尚未录入测评意见；代表不满意时才重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="97" />
      <source>“{action}” is not allowed while the case is “{state}”</source>
      <translation>本件当前状态为“{state}”，不能进行“{action}”</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="53" />
      <location filename="../../casebook/services/assignments.py" line="152" />
      <source>{unit} is already handling this case</source>
      <translation>{unit}已在承办本件</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="96" />
      <source>{unit} already acknowledged receipt on {date}</source>
      <translation>{unit}已于{date}签收</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="131" />
      <source>{unit} has already replied, so the handling unit can no longer be changed</source>
      <translation>{unit}已经答复，不能再调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="139" />
      <source>a change of handling unit must be asked for within {days} days of assignment (by {last_day}); {date} is too late</source>
      <translation>调整承办单位须在交办后{days}日内（{last_day}前）提出，{date}已超过期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="204" />
      <location filename="../../casebook/services/assignments.py" line="58" />
      <location filename="../../casebook/services/replies.py" line="54" />
      <source>the assignment date</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="210" />
      <source>There is no handling unit with id {id}.</source>
      <translation>找不到编号为 {id} 的承办单位。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="217" />
      <source>There is no assignment with id {id}.</source>
      <translation>找不到编号为 {id} 的交办记录。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/assignments.py" line="225" />
      <source>{unit} is no longer handling this case in the current round</source>
      <translation>{unit}在本轮已不再承办本件</translation>
    </message>
    <message>
      <location filename="../../casebook/services/case_access.py" line="29" />
      <source>There is no case with id {id}.</source>
      <translation>找不到编号为 {id} 的议案建议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/case_access.py" line="45" />
      <source>the date {date} is before {what} ({earliest})</source>
      <translation>日期 {date} 早于{what}（{earliest}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/case_access.py" line="54" />
      <source>the submission date</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="61" />
      <source>There is no session with id {id}.</source>
      <translation>找不到编号为 {id} 的届次会议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="109" />
      <source>the submission date {date} is after the case was assigned ({assigned})</source>
      <translation>提出日期 {date} 晚于交办日期（{assigned}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="117" />
      <source>a motion becomes a suggestion only by the presidium's decision (“Handle as a suggestion”)</source>
      <translation>议案须经大会主席团决定才能作为建议处理（请使用“转为建议”）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="152" />
      <source>only a motion can be handled as a suggestion</source>
      <translation>只有议案才能转为建议处理</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="191" />
      <source>{case} was changed by {user} at {time} after you opened it. Your changes were not saved; reload the case to see theirs.</source>
      <translation>在您打开后，{case}已被{user}于{time}修改。您的修改未保存，请重新载入后查看对方的修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="214" />
      <source>the case number is required</source>
      <translation>请填写编号</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="216" />
      <source>the title is required</source>
      <translation>请填写标题</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="220" />
      <source>a lead deputy (or, for a delegation's motion, the delegation) is required</source>
      <translation>请填写领衔代表（代表团提出的议案请填写代表团）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="227" />
      <source>a deputy appears twice among the lead deputy and co-signers</source>
      <translation>领衔代表和联名代表中有重复的代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="232" />
      <location filename="../../casebook/services/ratings.py" line="44" />
      <source>There is no deputy with id {id}.</source>
      <translation>找不到编号为 {id} 的代表。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/cases.py" line="238" />
      <source>this number is already used by another case of the same session</source>
      <translation>本次会议已有相同编号的议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/closing.py" line="29" />
      <location filename="../../casebook/services/ratings.py" line="208" />
      <source>the rating date</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/closing.py" line="49" />
      <location filename="../../casebook/services/replies.py" line="116" />
      <source>the reply needs a result category, one of {codes}</source>
      <translation>答复须注明办理结果类别（{codes}之一）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/closing.py" line="54" />
      <location filename="../../casebook/services/ratings.py" line="204" />
      <source>the reply date</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/office.py" line="36" />
      <source>Unknown setting: {error}</source>
      <translation>未知的设置项：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/office.py" line="58" />
      <source>The result categories {codes} are not defined.</source>
      <translation>办理结果类别 {codes} 尚未定义。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/office.py" line="67" />
      <source>A deadline must be at least one month.</source>
      <translation>办理期限至少为一个月。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/office.py" line="69" />
      <source>The change-request window must be at least one day.</source>
      <translation>申请调整承办单位的期限至少为一天。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ratings.py" line="49" />
      <source>{deputy} did not submit or co-sign this case, so the rating cannot be theirs</source>
      <translation>{deputy}不是本件的领衔或联名代表，不能录入其测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ratings.py" line="66" />
      <location filename="../../casebook/services/ratings.py" line="59" />
      <source>the rating must be one the deputy chose on the form ({levels})</source>
      <translation>测评意见须是代表在征询意见表上填写的选项（{levels}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ratings.py" line="80" />
      <source>{deputy}'s rating for this round was already recorded on {date}</source>
      <translation>{deputy}本轮的测评意见已于{date}录入</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ratings.py" line="142" />
      <source>re-handling follows an unsatisfied rating, and every rating in this round is satisfied</source>
      <translation>本轮测评均为满意或基本满意，无需重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="51" />
      <source>A name is required for the {what}.</source>
      <translation>请填写{what}名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="65" />
      <location filename="../../casebook/services/reference.py" line="124" />
      <source>“{name}” already exists.</source>
      <translation>“{name}”已存在。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/reference.py" line="160" />
      <source>There is no session called “{name}”.</source>
      <translation>找不到名为“{name}”的届次会议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/replies.py" line="46" />
      <source>{unit} has already replied in this round</source>
      <translation>{unit}本轮已经答复</translation>
    </message>
    <message>
      <location filename="../../casebook/services/replies.py" line="108" />
      <source>an assisting unit's reply must contain its written opinion to the lead unit</source>
      <translation>协办单位的答复须包含向主办单位提出的书面意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/supervision.py" line="72" />
      <source>a case cannot be joined with itself</source>
      <translation>不能与自身并案</translation>
    </message>
    <message>
      <location filename="../../casebook/services/supervision.py" line="83" />
      <source>it is already handled together with {other}</source>
      <translation>已与{other}并案办理</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="70" />
      <source>The database {database} was written by a newer version of Casebook (schema {revision}). It has not been changed. Install the newer Casebook to open it.</source>
      <translation>数据库 {database} 由更新版本的本程序写入（结构版本 {revision}），未做任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="80" />
      <source>The file {database} is a database, but not a Casebook database. It has not been changed.</source>
      <translation>文件 {database} 不是本程序的台账数据库，未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="120" />
      <source>The file {database} is not a database ({error}). It has not been changed.</source>
      <translation>文件 {database} 不是数据库（{error}），未做任何改动。</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <location filename="../../casebook/cli_stats.py" line="60" />
      <source>Resolution rate</source>
      <translation>解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="61" />
      <source>Accomplishment rate</source>
      <translation>办成率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="62" />
      <source>Satisfaction rate</source>
      <translation>满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="63" />
      <source>First-round satisfaction rate</source>
      <translation>初次满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="64" />
      <source>On-time reply rate</source>
      <translation>按期答复率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="65" />
      <source>Meeting rate</source>
      <translation>见面率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="77" />
      <location filename="../../casebook/cli_stats.py" line="112" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="78" />
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="79" />
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="80" />
      <location filename="../../casebook/cli_stats.py" line="113" />
      <source>Resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="81" />
      <source>Accomplished</source>
      <translation>办成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="82" />
      <source>Rated</source>
      <translation>已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="83" />
      <source>Satisfied</source>
      <translation>满意和基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="84" />
      <source>Replies due</source>
      <translation>应答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="85" />
      <source>Replied on time</source>
      <translation>按期答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="86" />
      <source>Overdue</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="87" />
      <source>Met in person</source>
      <translation>当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="93" />
      <location filename="../../casebook/cli_stats.py" line="94" />
      <source>{year} (as of {date})</source>
      <translation>{year}年（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="101" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="104" />
      <source>Rate</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="104" />
      <source>Change (points)</source>
      <translation>同比（百分点）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="108" />
      <source>By lead unit</source>
      <translation>按主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli_stats.py" line="111" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics.py" line="167" />
      <source>Key</source>
      <translation>重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics.py" line="167" />
      <source>Ordinary</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics.py" line="169" />
      <source>(none)</source>
      <translation>（未填）</translation>
    </message>
  </context>
</TS>
