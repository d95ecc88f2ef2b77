<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Accounts</name>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="62" />
      <source>New account</source>
      <translation>新建账户</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="75" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="76" />
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="77" />
      <location filename="../../casebook/ui/views/accounts.py" line="156" />
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="78" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="79" />
      <source>Password again:</source>
      <translation>再次输入密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="83" />
      <source>The first account must be an administrator's. Once it exists, everyone signs in to this database.</source>
      <translation>第一个账户必须是管理员账户。创建后，所有人都要登录才能使用本数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="96" />
      <source>The two passwords differ; type them again.</source>
      <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="129" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="130" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="131" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="132" />
      <source>Active</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="133" />
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="134" />
      <source>Created by</source>
      <translation>创建人</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="135" />
      <source>Last sign-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="148" />
      <source>New account…</source>
      <translation>新建账户…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="150" />
      <source>Change role</source>
      <translation>更改角色</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="151" />
      <location filename="../../casebook/ui/views/accounts.py" line="251" />
      <source>Switch off</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="152" />
      <source>Reset password…</source>
      <translation>重置密码…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="193" />
      <source>This database has no accounts yet: whoever opens it works as the local administrator {name}, without signing in. Once you create the first account (an administrator's), everyone signs in.</source>
      <translation>本数据库还没有账户：打开它的人都以本机管理员 {name} 的身份工作，无需登录。创建第一个账户（管理员账户）后，所有人都要登录。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="201" />
      <source>Everyone signs in to this database. Administrators manage reference data, settings and accounts; clerks register and handle cases; viewers read and export.</source>
      <translation>使用本数据库须先登录。管理员管理基础数据、设置和账户；经办人登记和办理议案建议；查阅人只能查阅和导出。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="213" />
      <source>yes</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="213" />
      <source>switched off</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="253" />
      <source>Switch on</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="278" />
      <source>Account {name} created.</source>
      <translation>已创建账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="295" />
      <source>{name} is now {role}.</source>
      <translation>{name} 现在的角色是{role}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="308" />
      <source>{name} is switched off: the account can no longer sign in.</source>
      <translation>已停用 {name}：该账户不能再登录。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="310" />
      <source>{name} is switched on again.</source>
      <translation>已重新启用 {name}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/accounts.py" line="319" />
      <source>New password set for {name}.</source>
      <translation>已为 {name} 设置新密码。</translation>
    </message>
  </context>
  <context>
    <name>Action</name>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="112" />
      <source>Register</source>
      <translation>登记</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="113" />
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="114" />
      <source>Handle as a suggestion</source>
      <translation>转为建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="115" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="116" />
      <source>Assign</source>
      <translation>交办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="117" />
      <source>Acknowledge receipt</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="118" />
      <source>Change handling unit</source>
      <translation>调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="119" />
      <source>Request a change of unit</source>
      <translation>申请调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="120" />
      <source>Decide on a change request</source>
      <translation>审批调整申请</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="121" />
      <source>Extend the reply deadline</source>
      <translation>延期答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="122" />
      <source>Record reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="123" />
      <source>Record rating</source>
      <translation>测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="124" />
      <source>Re-handle</source>
      <translation>重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="125" />
      <source>Close</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="126" />
      <source>Follow-up review</source>
      <translation>回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="127" />
      <source>Supervision record</source>
      <translation>督办记录</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="128" />
      <source>Handle jointly</source>
      <translation>并案办理</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../casebook/ui/application.py" line="245" />
      <source>Casebook</source>
      <translation>代表议案建议办理台账</translation>
    </message>
  </context>
  <context>
    <name>Argparse</name>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="23" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="24" />
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="25" />
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="26" />
      <source>show this help message and exit</source>
      <translation>显示本帮助并退出</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="27" />
      <location filename="../../casebook/cli/main.py" line="88" />
      <source>show program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="28" />
      <source>the following arguments are required: %s</source>
      <translation>缺少以下必填参数：%s</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="29" />
      <source>unrecognized arguments: %s</source>
      <translation>无法识别的参数：%s</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="30" />
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>无效的选项 %(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="31" />
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="32" />
      <source>expected one argument</source>
      <translation>需要一个值</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="33" />
      <source>expected at most one argument</source>
      <translation>最多需要一个值</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="34" />
      <source>expected at least one argument</source>
      <translation>至少需要一个值</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="35" />
      <source>invalid %(type)s value: %(value)r</source>
      <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="36" />
      <source>not allowed with argument %s</source>
      <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="37" />
      <source>one of the arguments %s is required</source>
      <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="38" />
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>选项 %(option)s 不明确，可能是 %(matches)s</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="39" />
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="71" />
      <source>File</source>
      <translation>文件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="72" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="73" />
      <source>Added by</source>
      <translation>添加人</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="74" />
      <source>Added on</source>
      <translation>添加时间</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="83" />
      <source>Add files…</source>
      <translation>添加附件…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="84" />
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="85" />
      <source>Save a copy…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="86" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="129" />
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="131" />
      <source>Documents and images ({patterns})</source>
      <translation>文档和图片（{patterns}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="189" />
      <source>No program on this computer opens {name}.</source>
      <translation>本机没有可打开 {name} 的程序。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="196" />
      <source>Save a copy in</source>
      <translation>另存到</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="209" />
      <source>Saved as {path}.</source>
      <translation>已另存为 {path}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="218" />
      <source>Remove attachment</source>
      <translation>移除附件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/attachments_tab.py" line="219" />
      <source>Remove {name} from the case? The history keeps that it was there.</source>
      <translation>从该建议中移除 {name}？历史记录中仍会保留其曾经存在。</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="40" />
      <source>Record added</source>
      <translation>新增记录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="41" />
      <source>Record changed</source>
      <translation>修改记录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="42" />
      <source>Record deleted</source>
      <translation>删除记录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="43" />
      <source>Signed in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="44" />
      <source>Sign-in refused</source>
      <translation>登录被拒绝</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="45" />
      <source>Sign-in refused: too many wrong passwords, wait</source>
      <translation>登录被拒绝：密码错误次数过多，需等待</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="46" />
      <source>Account created</source>
      <translation>创建账户</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="47" />
      <source>Account role changed</source>
      <translation>更改账户角色</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="48" />
      <source>Account switched on</source>
      <translation>启用账户</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="49" />
      <source>Account switched off</source>
      <translation>停用账户</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="50" />
      <source>Password reset</source>
      <translation>重置密码</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="51" />
      <source>Password changed</source>
      <translation>修改密码</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="52" />
      <source>Office setting changed</source>
      <translation>修改办公室设置</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="53" />
      <source>Holiday calendar changed</source>
      <translation>修改节假日日历</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="56" />
      <source>Added</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="57" />
      <source>Changed</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="58" />
      <source>Deleted</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="59" />
      <source>Retired</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="60" />
      <source>Restored</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="63" />
      <source>case</source>
      <translation>议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="64" />
      <source>co-signer</source>
      <translation>联名代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="65" />
      <source>joint handling</source>
      <translation>并案</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="66" />
      <source>assignment</source>
      <translation>交办</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="67" />
      <location filename="../../casebook/services/admin/audit.py" line="190" />
      <source>reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="68" />
      <source>rating</source>
      <translation>满意度测评</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="69" />
      <source>follow-up review</source>
      <translation>回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="70" />
      <source>supervision record</source>
      <translation>督办记录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="71" />
      <source>deadline extension</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="72" />
      <source>change-of-unit request</source>
      <translation>调整承办单位申请</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="73" />
      <location filename="../../casebook/services/admin/audit.py" line="106" />
      <source>session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="74" />
      <location filename="../../casebook/services/admin/audit.py" line="105" />
      <source>delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="75" />
      <location filename="../../casebook/services/admin/audit.py" line="150" />
      <source>deputy group</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="76" />
      <location filename="../../casebook/services/admin/audit.py" line="104" />
      <source>deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="77" />
      <location filename="../../casebook/services/admin/audit.py" line="111" />
      <source>handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="78" />
      <source>special committee</source>
      <translation>专门委员会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="79" />
      <location filename="../../casebook/services/admin/audit.py" line="162" />
      <source>leader</source>
      <translation>领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="80" />
      <location filename="../../casebook/services/admin/audit.py" line="101" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="81" />
      <source>office setting</source>
      <translation>办公室设置</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="82" />
      <source>holiday calendar</source>
      <translation>节假日日历</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="83" />
      <source>account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="85" />
      <source>evaluation</source>
      <translation>评议评估</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="86" />
      <source>deliberation or inquiry</source>
      <translation>审议询问</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="87" />
      <source>unit questioned</source>
      <translation>被询问单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="88" />
      <source>follow-up item</source>
      <translation>整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="89" />
      <source>year decision</source>
      <translation>年度决定</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="90" />
      <source>meeting with the deputy</source>
      <translation>与代表见面</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="91" />
      <source>station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="92" />
      <source>deputy of a station</source>
      <translation>进站代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="93" />
      <source>opinion of the public</source>
      <translation>群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="96" />
      <source>number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="97" />
      <source>kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="98" />
      <source>submitted as</source>
      <translation>提出时类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="99" />
      <source>title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="100" />
      <location filename="../../casebook/services/admin/audit.py" line="187" />
      <source>content</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="102" />
      <source>submitted on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="103" />
      <source>lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="107" />
      <source>state</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="108" />
      <source>round</source>
      <translation>办理轮次</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="109" />
      <source>key case</source>
      <translation>重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="110" />
      <source>remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="112" />
      <location filename="../../casebook/services/admin/audit_verify.py" line="63" />
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="113" />
      <source>status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="114" />
      <source>assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="115" />
      <source>acknowledged on</source>
      <translation>签收日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="116" />
      <source>due on</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="117" />
      <source>ended on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="118" />
      <source>replied on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="119" />
      <source>result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="120" />
      <source>summary</source>
      <translation>答复摘要</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="121" />
      <source>rated on</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="122" />
      <source>satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="123" />
      <source>comment</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="124" />
      <source>name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="125" />
      <source>retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="126" />
      <source>value</source>
      <translation>取值</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="127" />
      <source>active</source>
      <translation>在用</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="128" />
      <source>password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="129" />
      <source>closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="130" />
      <source>withdrawn on</source>
      <translation>撤回日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="131" />
      <source>position</source>
      <translation>顺序</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="132" />
      <source>co-signers</source>
      <translation>联名代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="133" />
      <source>full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="134" />
      <source>created by</source>
      <translation>创建人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="135" />
      <source>note</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="136" />
      <source>replaced by</source>
      <translation>由…接替</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="137" />
      <source>contact method</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="138" />
      <source>contacted person</source>
      <translation>沟通人员</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="139" />
      <source>signed by</source>
      <translation>签发人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="140" />
      <source>opinion</source>
      <translation>协办意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="141" />
      <source>handling work</source>
      <translation>办理工作评价</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="142" />
      <source>handling result</source>
      <translation>办理结果评价</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="143" />
      <source>entered by</source>
      <translation>录入人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="144" />
      <source>reviewed on</source>
      <translation>回头看日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="145" />
      <source>measures</source>
      <translation>落实措施</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="146" />
      <source>held on</source>
      <translation>督办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="147" />
      <source>participants</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="148" />
      <source>notes</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="149" />
      <source>phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="151" />
      <source>year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="152" />
      <source>term</source>
      <translation>届</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="153" />
      <source>meeting</source>
      <translation>次</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="154" />
      <source>starts on</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="155" />
      <source>ends on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="156" />
      <source>key case designated by</source>
      <translation>确定重点督办的机关</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="157" />
      <source>supervising leader</source>
      <translation>督办领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="158" />
      <source>supervising committee</source>
      <translation>督办专委会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="159" />
      <source>leader leading the handling</source>
      <translation>领衔办理领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="160" />
      <source>handled as a suggestion on</source>
      <translation>转为建议日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="161" />
      <source>setting</source>
      <translation>设置项</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="163" />
      <source>committee</source>
      <translation>专门委员会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="164" />
      <source>joined case</source>
      <translation>并案的议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="165" />
      <source>joined on</source>
      <translation>并案日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="166" />
      <source>approved on</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="167" />
      <source>approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="168" />
      <source>previous due date</source>
      <translation>原答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="169" />
      <source>new due date</source>
      <translation>新答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="170" />
      <source>reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="171" />
      <source>requested on</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="172" />
      <source>unit suggested</source>
      <translation>建议的承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="173" />
      <source>decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="174" />
      <source>approved</source>
      <translation>同意</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="175" />
      <source>new unit</source>
      <translation>新承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="176" />
      <source>decided by</source>
      <translation>决定人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="177" />
      <source>decision note</source>
      <translation>决定说明</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="178" />
      <source>day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="179" />
      <source>working day</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="180" />
      <source>score</source>
      <translation>分数</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="181" />
      <source>grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="182" />
      <source>evaluator</source>
      <translation>评议评估方</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="183" />
      <source>evaluated on</source>
      <translation>评议日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="184" />
      <source>comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="185" />
      <source>document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="186" />
      <source>deliberation</source>
      <translation>审议询问</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="188" />
      <source>done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="189" />
      <source>how it was done</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="191" />
      <source>stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="192" />
      <source>met on</source>
      <translation>见面日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="193" />
      <source>form</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="194" />
      <source>people met</source>
      <translation>见面人员</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="199" />
      <source>place in the order</source>
      <translation>联名顺序</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="200" />
      <source>work unit and post</source>
      <translation>工作单位及职务</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="443" />
      <location filename="../../casebook/services/admin/audit_verify.py" line="72" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="443" />
      <location filename="../../casebook/services/admin/audit_verify.py" line="72" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="14" />
      <source>The audit trail is broken at event {event} (link {link}): it was changed after it was written.</source>
      <translation>审计日志在第 {event} 条记录（第 {link} 环）处断开：该记录写入后被改动过。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="17" />
      <source>The audit trail is broken after event {event}: link {link} is missing (an event was deleted).</source>
      <translation>审计日志在第 {event} 条记录之后断开：缺少第 {link} 环（有记录被删除）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="20" />
      <source>The audit trail is broken at event {event}: it is not in the chain (it was added outside Casebook).</source>
      <translation>审计日志在第 {event} 条记录处断开：该记录不在链中（是在 Casebook 之外添加的）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="44" />
      <source>The database's guards of the audit trail are gone ({names}): events could be changed or deleted without a trace. Whoever looks after the database should find out why and restore a backup.</source>
      <translation>数据库中保护审计日志的触发器已不存在（{names}）：记录可能被改动或删除而不留痕迹。请数据库维护人员查明原因并恢复备份。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="53" />
      <source>The audit trail is intact: {count} events, each linked to the one before.</source>
      <translation>审计日志完好：共 {count} 条记录，每条都与前一条相链接。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="61" />
      <location filename="../../casebook/services/admin/audit_verify.py" line="62" />
      <source>account name</source>
      <translation>账户名</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="64" />
      <source>switched on</source>
      <translation>启用状态</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="78" />
      <source>The account {account} is not in the audit trail: it was added outside Casebook.</source>
      <translation>账户{account}不在审计日志中：它是在 Casebook 之外添加的。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/audit_verify.py" line="81" />
      <source>The account {account} was changed outside Casebook: its {field} is “{found}”, the audit trail's last change made it “{recorded}”.</source>
      <translation>账户{account}在 Casebook 之外被改动过：其{field}现为“{found}”，而审计日志中最后一次改动记录的是“{recorded}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/database.py" line="242" />
      <source>The guards of the audit trail are missing from {database} ({names}): events could be changed or deleted. Run casebook audit --verify, and ask whoever looks after the database.</source>
      <translation>数据库 {database} 缺少保护审计日志的触发器（{names}）：记录可能被改动或删除。请运行 casebook audit --verify，并告知数据库维护人员。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="58" />
      <location filename="../../casebook/ui/views/audit.py" line="62" />
      <source>{field}: {old} → {new}</source>
      <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="72" />
      <source>any</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="96" />
      <source>e.g. 0012</source>
      <translation>如 0012</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="100" />
      <source>Text in the step, case, field or value</source>
      <translation>操作、案件、字段或取值中的文字</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="103" />
      <source>Export to Excel…</source>
      <translation>导出Excel…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="108" />
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="109" />
      <location filename="../../casebook/ui/views/audit.py" line="141" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="110" />
      <source>Step</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="111" />
      <source>Case or record</source>
      <translation>案件或记录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="112" />
      <source>Business date</source>
      <translation>业务日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="113" />
      <source>Changes</source>
      <translation>改动</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="142" />
      <source>Recorded from</source>
      <translation>记录日期从</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="143" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="144" />
      <source>Case number</source>
      <translation>案件编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="153" />
      <source>Every change to the register, the reference data, the settings and the accounts is kept here with who made it and when. The trail cannot be changed.</source>
      <translation>台账、基础数据、设置和账户的每一处改动都记录在这里，包括改动人和时间。审计日志不能修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="182" />
      <source>All users</source>
      <translation>全部用户</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="211" />
      <source>No case has the number {number}.</source>
      <translation>没有编号为 {number} 的案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="220" />
      <source>The newest {shown} of {total} events; narrow the filter to see older ones.</source>
      <translation>显示最近{shown}条（共{total}条）；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/audit.py" line="222" />
      <source>%n events</source>
      <translation>
        <numerusform>共%n条记录</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/audit.py" line="239" />
      <source>%n fields changed</source>
      <translation>
        <numerusform>改动%n个字段</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="257" />
      <source>user {name}</source>
      <translation>用户 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="260" />
      <source>recorded {since} to {until}</source>
      <translation>记录于 {since} 至 {until}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="266" />
      <source>case number {number}</source>
      <translation>案件编号 {number}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="268" />
      <source>containing “{text}”</source>
      <translation>含“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="269" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="271" />
      <source>{title} ({filters})</source>
      <translation>{title}（{filters}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="281" />
      <source>Audit trail {date}</source>
      <translation>审计日志 {date}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/audit.py" line="282" />
      <source>Export the audit trail</source>
      <translation>导出审计日志</translation>
    </message>
  </context>
  <context>
    <name>Backup</name>
    <message>
      <location filename="../../casebook/store/backup.py" line="122" />
      <source>The daily backup of {database} could not be written: {error}</source>
      <translation>无法写入数据库 {database} 的每日备份：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="144" />
      <source>The old daily backups of {database} could not be removed: {error}</source>
      <translation>无法删除 {database} 的旧每日备份：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="264" />
      <source>{variable} should be a number of backups, not “{value}”; keeping {keep}.</source>
      <translation>{variable} 应为备份份数，而不是“{value}”；现按保留 {keep} 份处理。</translation>
    </message>
  </context>
  <context>
    <name>Case</name>
    <message>
      <location filename="../../casebook/services/admin/audit.py" line="412" />
      <location filename="../../casebook/services/ledger/bulk.py" line="111" />
      <location filename="../../casebook/services/steps/case_access.py" line="23" />
      <location filename="../../casebook/services/steps/cases.py" line="67" />
      <source>{session} No. {number}</source>
      <translation>{session}第{number}号</translation>
    </message>
  </context>
  <context>
    <name>CaseEditor</name>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="77" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="121" />
      <source>Registration</source>
      <translation>登记信息</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="122" />
      <source>Handling</source>
      <translation>办理</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="123" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="124" />
      <source>Similar cases</source>
      <translation>相似建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="125" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="132" />
      <source>New case</source>
      <translation>登记议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="187" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="188" />
      <source>Recorded</source>
      <translation>录入时间</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="189" />
      <source>User</source>
      <translation>录入人</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="190" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="191" />
      <source>Changes</source>
      <translation>改动</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="225" />
      <source>Similar cases ({count})</source>
      <translation>相似建议（{count}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="271" />
      <source>Changed by someone else</source>
      <translation>已被他人修改</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="274" />
      <source>Reload shows the case as saved now; what you typed here is then dropped. Keep editing to copy your text first.</source>
      <translation>“重新载入”显示案件当前保存的内容，您在此输入的内容将被放弃。如需保留，请选择“继续编辑”，先复制您的文字。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="280" />
      <source>Reload</source>
      <translation>重新载入</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="282" />
      <source>Keep editing</source>
      <translation>继续编辑</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="329" />
      <source>Unsaved changes</source>
      <translation>尚未保存</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_editor.py" line="330" />
      <source>The case has changes that are not saved. Save them?</source>
      <translation>本件有尚未保存的修改，是否保存？</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="30" />
      <source>{kind}: {result} ({evaluator}, {date})</source>
      <translation>{kind}：{result}（{evaluator}，{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="60" />
      <source>Record an evaluation…</source>
      <translation>登记评议评估…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="65" />
      <source>Mark as excellent…</source>
      <translation>列为优秀建议…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="78" />
      <source>Meetings with the deputy: none recorded</source>
      <translation>与代表见面：尚无记录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="80" />
      <source>{stage} {date} {form} ({people})</source>
      <translation>{stage} {date} {form}（{people}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="85" />
      <source>Meetings with the deputy: {meetings}</source>
      <translation>与代表见面：{meetings}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="87" />
      <source> (met before, during and after handling)</source>
      <translation>（已办理前、中、后三见面）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="93" />
      <source>Meeting with the deputy</source>
      <translation>与代表见面</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="97" />
      <source>Reply of</source>
      <translation>所属答复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="104" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="109" />
      <source>Met on</source>
      <translation>见面日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="112" />
      <source>Form</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="117" />
      <source>Who met the deputy</source>
      <translation>见面人员</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="118" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_records.py" line="139" />
      <source>Record a meeting…</source>
      <translation>登记见面…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="53" />
      <source>Result now: {result}; the rating that counts: {rating}</source>
      <translation>当前办理结果：{result}；计入统计的测评：{rating}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="62" />
      <source>State: {state}, handling round {round}</source>
      <translation>当前状态：{state}，第{round}轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="70" />
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="94" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="71" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="72" />
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="95" />
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="121" />
      <source>Round</source>
      <translation>轮次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="73" />
      <source>Assigned</source>
      <translation>交办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="74" />
      <source>Acknowledged</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="75" />
      <source>Due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="76" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="96" />
      <source>Replied</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="97" />
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="144" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="98" />
      <source>Contact</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="99" />
      <source>Contact person</source>
      <translation>沟通人员</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="100" />
      <source>Summary</source>
      <translation>答复摘要</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="117" />
      <source>counts</source>
      <translation>计入</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="120" />
      <source>Deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="122" />
      <source>Rated</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="123" />
      <source>Rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="124" />
      <source>The case's rating</source>
      <translation>计入统计</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="125" />
      <source>The deputy's comment</source>
      <translation>代表具体意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="143" />
      <source>Reviewed</source>
      <translation>回头看日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="145" />
      <source>Measures carried out</source>
      <translation>落实情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="153" />
      <source>Assignments</source>
      <translation>交办情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="155" />
      <source>Replies</source>
      <translation>答复情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="157" />
      <source>Ratings</source>
      <translation>代表测评</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/handling_tab.py" line="159" />
      <source>Follow-up reviews</source>
      <translation>回头看</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="82" />
      <source>Add</source>
      <translation>添加</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="83" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="84" />
      <source>Move up ↑</source>
      <translation>上移 ↑</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="85" />
      <source>Move down ↓</source>
      <translation>下移 ↓</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="87" />
      <source>Key suggestion supervised by a leader</source>
      <translation>重点督办建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="118" />
      <source>Session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="121" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="123" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="124" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="125" />
      <source>Content</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="126" />
      <source>Submitted on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="127" />
      <source>Lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="128" />
      <source>Delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="140" />
      <source>Co-signers (in order)</source>
      <translation>联名代表（按顺序）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="141" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="144" />
      <source>Designated by</source>
      <translation>确定机关</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="146" />
      <source>Key</source>
      <translation>重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="147" />
      <source>Supervising leader</source>
      <translation>督办领导</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="149" />
      <source>Supervising committee</source>
      <translation>督办专委会</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="151" />
      <source>Government leader leading</source>
      <translation>领衔办理领导</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_form.py" line="152" />
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>CaseList</name>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="38" />
      <location filename="../../casebook/ui/views/cases.py" line="166" />
      <source>Session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="39" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="40" />
      <location filename="../../casebook/ui/views/cases.py" line="167" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="41" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="42" />
      <source>Lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="43" />
      <source>Lead units</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="45" />
      <source>Submitted</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="47" />
      <location filename="../../casebook/ui/views/cases.py" line="168" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/cases.py" line="48" />
      <location filename="../../casebook/ui/models/cases.py" line="48" />
      <source>Key</source>
      <translation>重点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="43" />
      <source>{count}+ cases</source>
      <translation>共{count}+件</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/cases.py" line="44" />
      <source>%n cases</source>
      <translation>
        <numerusform>共%n件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="60" />
      <source>Search number, title, content, deputies, units</source>
      <translation>搜索编号、标题、内容、代表、承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="64" />
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="66" />
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="70" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="78" />
      <source>Any rating</source>
      <translation>全部测评结果</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="84" />
      <source>All sessions</source>
      <translation>全部届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="85" />
      <source>All units</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="86" />
      <source>All delegations</source>
      <translation>全部代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="87" />
      <source>All categories</source>
      <translation>全部类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="91" />
      <source>Key only</source>
      <translation>仅重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="92" />
      <source>Overdue only</source>
      <translation>仅逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="94" />
      <source>New case</source>
      <translation>登记议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="165" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="171" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="172" />
      <source>Delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="173" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/cases.py" line="174" />
      <source>Rating</source>
      <translation>测评</translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="27" />
      <source>the accounts of an office database: list, add, role, disable, enable, passwords</source>
      <translation>办公数据库的账户：列出、新增、角色、停用、启用、密码</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="31" />
      <source>list the accounts with their role and last sign-in</source>
      <translation>列出账户及其角色和最近登录时间</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="32" />
      <location filename="../../casebook/cli/attachments.py" line="40" />
      <location filename="../../casebook/cli/audit.py" line="59" />
      <location filename="../../casebook/cli/case.py" line="82" />
      <location filename="../../casebook/cli/deadlines.py" line="47" />
      <location filename="../../casebook/cli/deadlines.py" line="54" />
      <location filename="../../casebook/cli/decisions.py" line="43" />
      <location filename="../../casebook/cli/deliberations.py" line="67" />
      <location filename="../../casebook/cli/evaluations.py" line="52" />
      <location filename="../../casebook/cli/meetings.py" line="50" />
      <location filename="../../casebook/cli/opinions.py" line="67" />
      <location filename="../../casebook/cli/opinions.py" line="71" />
      <location filename="../../casebook/cli/projects.py" line="49" />
      <location filename="../../casebook/cli/projects.py" line="53" />
      <location filename="../../casebook/cli/ranking.py" line="36" />
      <location filename="../../casebook/cli/settings.py" line="80" />
      <location filename="../../casebook/cli/similar.py" line="42" />
      <location filename="../../casebook/cli/stations.py" line="39" />
      <location filename="../../casebook/cli/stats.py" line="64" />
      <location filename="../../casebook/cli/supervision.py" line="47" />
      <source>print JSON for other programs</source>
      <translation>以 JSON 格式输出，供其他程序读取</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="37" />
      <source>create an account (the first one must be an administrator's); the password from {env} or asked</source>
      <translation>新增账户（第一个账户必须是管理员）；密码取自 {env}，否则询问</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="41" />
      <source>the name typed to sign in, without spaces</source>
      <translation>登录时输入的账户名，不含空格</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="43" />
      <source>admin, clerk or viewer (read and export only)</source>
      <translation>admin（管理员）、clerk（经办人）或 viewer（只能查看和导出）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="45" />
      <source>the person's full name</source>
      <translation>使用人姓名</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="48" />
      <source>give an account another role</source>
      <translation>更改账户的角色</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="50" />
      <source>admin, clerk or viewer</source>
      <translation>admin（管理员）、clerk（经办人）或 viewer（查看者）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="54" />
      <source>switch an account off: it can no longer sign in, its history stays</source>
      <translation>停用账户：不能再登录，其操作记录保留</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="58" />
      <source>switch an account on again</source>
      <translation>重新启用账户</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="63" />
      <source>set a new password for an account (e.g. a forgotten one)</source>
      <translation>为账户设置新密码（如忘记密码）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="68" />
      <source>change your own password</source>
      <translation>修改自己的密码</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="83" />
      <source>No accounts: everyone works on this database as its local administrator ({name}), without signing in. The first account, an administrator's, is made with: casebook accounts add NAME --role admin</source>
      <translation>尚无账户：所有人都以本机管理员（{name}）身份使用此数据库，无需登录。第一个账户须为管理员，用以下命令创建：casebook accounts add 账户名 --role admin</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="104" />
      <source>Account {name} created ({role}).</source>
      <translation>已创建账户 {name}（{role}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="107" />
      <source>This database has accounts now: from now on everyone signs in, in the window and on the command line (--user {name} and the password in CASEBOOK_PASSWORD, or typed when asked).</source>
      <translation>此数据库现已设有账户：今后在窗口和命令行中都须登录（命令行用 --user {name}，密码放在 CASEBOOK_PASSWORD 中，或按提示输入）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="122" />
      <source>{name} is now {role}.</source>
      <translation>{name} 的角色已改为{role}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="141" />
      <source>{name} is switched on and can sign in again.</source>
      <translation>已启用 {name}，可以重新登录。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="144" />
      <source>{name} is switched off: the account can no longer sign in; its history stays.</source>
      <translation>已停用 {name}：该账户不能再登录，其操作记录保留。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="158" />
      <source>The password of {name} has been changed.</source>
      <translation>{name} 的密码已更改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="169" />
      <source>This database has no accounts, so there is no password to change; nothing was changed.</source>
      <translation>此数据库没有账户，无密码可改；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="174" />
      <source>Your password has been changed.</source>
      <translation>您的密码已更改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="192" />
      <location filename="../../casebook/cli/stations.py" line="93" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="192" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="195" />
      <source>Account</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="196" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="197" />
      <location filename="../../casebook/cli/deadlines.py" line="101" />
      <source>Role</source>
      <translation>承办方式</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="198" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="199" />
      <source>Last sign-in</source>
      <translation>最近登录</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="200" />
      <source>Created</source>
      <translation>创建</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/accounts.py" line="209" />
      <source>{time} by {user}</source>
      <translation>{time}（{user}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="55" />
      <location filename="../../casebook/cli/audit.py" line="153" />
      <location filename="../../casebook/cli/backup.py" line="140" />
      <location filename="../../casebook/cli/deadlines.py" line="195" />
      <location filename="../../casebook/cli/export.py" line="89" />
      <location filename="../../casebook/cli/export.py" line="98" />
      <location filename="../../casebook/cli/export.py" line="160" />
      <location filename="../../casebook/cli/ledger_import.py" line="84" />
      <location filename="../../casebook/cli/ledger_import.py" line="99" />
      <location filename="../../casebook/cli/ledger_import.py" line="120" />
      <location filename="../../casebook/cli/letters.py" line="50" />
      <location filename="../../casebook/cli/letters.py" line="63" />
      <location filename="../../casebook/cli/main.py" line="202" />
      <location filename="../../casebook/cli/main.py" line="216" />
      <location filename="../../casebook/cli/opinions.py" line="278" />
      <location filename="../../casebook/cli/replies.py" line="136" />
      <location filename="../../casebook/cli/replies.py" line="47" />
      <location filename="../../casebook/cli/settings.py" line="129" />
      <location filename="../../casebook/cli/similar.py" line="75" />
      <location filename="../../casebook/cli/similar.py" line="125" />
      <location filename="../../casebook/cli/stats.py" line="87" />
      <source>Error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="63" />
      <source>a year from {first} to {last}, not “{text}”</source>
      <translation>应为 {first} 至 {last} 之间的年份，而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="78" />
      <source>a date YYYY-MM-DD from {first} to {last}, not “{text}”</source>
      <translation>应为 {first} 至 {last} 年间的日期（YYYY-MM-DD），而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="91" />
      <source>a month YYYY-MM from {first} to {last}, not “{text}”</source>
      <translation>应为 {first} 至 {last} 年间的月份（YYYY-MM），而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="105" />
      <source>a whole number from {low} to {high}, not “{text}”</source>
      <translation>应为 {low} 至 {high} 之间的整数，而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="125" />
      <source>a number from {low:g} to {high:g}, not “{text}”</source>
      <translation>应为 {low:g} 至 {high:g} 之间的数，而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="138" />
      <source>a file name, not nothing</source>
      <translation>应为文件名，不能为空</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="148" />
      <source>{path} is a file, not a folder</source>
      <translation>{path} 是文件，不是文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="150" />
      <location filename="../../casebook/cli/audit.py" line="135" />
      <location filename="../../casebook/cli/export.py" line="171" />
      <location filename="../../casebook/cli/screenshot.py" line="48" />
      <location filename="../../casebook/cli/similar.py" line="107" />
      <source>there is no folder {folder}</source>
      <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/arguments.py" line="154" />
      <location filename="../../casebook/cli/audit.py" line="152" />
      <location filename="../../casebook/cli/export.py" line="157" />
      <location filename="../../casebook/cli/letters.py" line="60" />
      <location filename="../../casebook/cli/replies.py" line="44" />
      <location filename="../../casebook/cli/settings.py" line="126" />
      <location filename="../../casebook/cli/similar.py" line="122" />
      <source>Could not write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="22" />
      <source>attach files to a case, a reply or a supervision record; list, save, remove</source>
      <translation>给建议、答复或督办记录添加附件；列出、另存、移除附件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="27" />
      <location filename="../../casebook/cli/case.py" line="40" />
      <location filename="../../casebook/cli/meetings.py" line="34" />
      <location filename="../../casebook/cli/meetings.py" line="48" />
      <source>the case's number in its session</source>
      <translation>该件在本届次中的编号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="28" />
      <location filename="../../casebook/cli/case.py" line="41" />
      <location filename="../../casebook/cli/decisions.py" line="36" />
      <location filename="../../casebook/cli/evaluations.py" line="42" />
      <location filename="../../casebook/cli/meetings.py" line="35" />
      <location filename="../../casebook/cli/meetings.py" line="49" />
      <source>the session</source>
      <translation>届次</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="30" />
      <source>attach files (PDF, images, Word, Excel)</source>
      <translation>添加附件（PDF、图片、Word、Excel）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="34" />
      <source>attach to this reply of the case</source>
      <translation>附在该建议的这条答复上</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="36" />
      <source>attach to this supervision record of the case</source>
      <translation>附在该建议的这条督办记录上</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="38" />
      <source>the case's attachments</source>
      <translation>该建议的附件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="41" />
      <source>take an attachment off its case</source>
      <translation>移除一个附件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="43" />
      <source>save a copy of an attachment into a folder</source>
      <translation>把附件另存到文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="46" />
      <source>save a copy of every attachment of a case</source>
      <translation>把一件建议的全部附件另存到文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="72" />
      <source>Attachment {id} removed.</source>
      <translation>附件 {id} 已移除。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="97" />
      <source>reply {id}</source>
      <translation>答复 {id}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="99" />
      <source>supervision record {id}</source>
      <translation>督办记录 {id}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="101" />
      <source>case</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="27" />
      <source>the audit trail: who changed what and when, or one case's history</source>
      <translation>审计日志：谁在何时更改了什么，或一件案件的办理过程</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="28" />
      <source>Without --case: every change to the database, newest first. With --case: that case's history, oldest first. Each step shows who took it, when, and each field with its old and new value.</source>
      <translation>不带 --case：数据库的全部更改，最新的在前。带 --case：该案件的办理过程，最早的在前。每一步列出操作人、时间，以及每个字段的原值和新值。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="34" />
      <source>the history of the case with this number</source>
      <translation>此编号案件的办理过程</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="36" />
      <source>with --case: the session the case belongs to</source>
      <translation>与 --case 合用：案件所属的届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="38" />
      <source>only what this user did</source>
      <translation>只列出此用户的操作</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="43" />
      <source>only what was recorded on or after this day</source>
      <translation>只列出此日及以后记录的操作</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="49" />
      <source>only what was recorded on or before this day</source>
      <translation>只列出此日及以前记录的操作</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="52" />
      <source>at most N entries</source>
      <translation>最多 N 条</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="57" />
      <source>check the audit trail's hash chain: exit 1 and the first broken link when it is broken</source>
      <translation>校验审计日志的哈希链：如已被破坏，给出第一个断开的环节并以退出码 1 结束</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="65" />
      <source>write the entries to this workbook</source>
      <translation>将记录写入此工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="99" />
      <source>No entries in the audit trail match.</source>
      <translation>审计日志中没有符合条件的记录。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="122" />
      <source>--verify checks the whole trail; give it alone</source>
      <translation>--verify 校验整个审计日志，请单独使用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="124" />
      <source>--session is only for --case</source>
      <translation>--session 仅与 --case 合用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="126" />
      <location filename="../../casebook/cli/similar.py" line="96" />
      <source>--limit must be at least 1</source>
      <translation>--limit 至少为 1</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="128" />
      <source>--since must not be after --until</source>
      <translation>--since 不能晚于 --until</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="131" />
      <source>give either --json or -o, not both</source>
      <translation>--json 和 -o 只能选其一</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="133" />
      <location filename="../../casebook/cli/export.py" line="169" />
      <location filename="../../casebook/cli/similar.py" line="105" />
      <source>the workbook's name must end in .xlsx: {path}</source>
      <translation>工作簿文件名须以 .xlsx 结尾：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="141" />
      <source>There is no case numbered {number} in the session {session}.</source>
      <translation>{session}没有编号为 {number} 的案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="143" />
      <source>There is no case numbered {number}.</source>
      <translation>没有编号为 {number} 的案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="155" />
      <source>Audit trail written to {path}: {count} entries.</source>
      <translation>审计日志已写入 {path}：{count} 条。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="163" />
      <source>History of {case}</source>
      <translation>{case}办理过程</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="169" />
      <location filename="../../casebook/cli/audit.py" line="186" />
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="170" />
      <location filename="../../casebook/cli/audit.py" line="187" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="171" />
      <location filename="../../casebook/cli/audit.py" line="188" />
      <source>Step</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="172" />
      <location filename="../../casebook/cli/audit.py" line="189" />
      <location filename="../../casebook/cli/deadlines.py" line="169" />
      <location filename="../../casebook/cli/decisions.py" line="75" />
      <location filename="../../casebook/cli/deliberations.py" line="125" />
      <location filename="../../casebook/cli/evaluations.py" line="87" />
      <location filename="../../casebook/cli/meetings.py" line="106" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="173" />
      <source>Case or record</source>
      <translation>案件或记录</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="174" />
      <location filename="../../casebook/cli/audit.py" line="190" />
      <source>Changes</source>
      <translation>更改内容</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/audit.py" line="197" />
      <source>History of {case}: {count} entries</source>
      <translation>{case}办理过程：{count} 条</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="25" />
      <source>copy the database to a backup file (safe while others are working in it)</source>
      <translation>将数据库复制为备份文件（他人正在使用数据库时也可安全备份）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="32" />
      <source>the backup file or folder (default: a new file in the backups folder)</source>
      <translation>备份文件或文件夹（默认：在 backups 文件夹中新建一个文件）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="37" />
      <source>put a backup in place of the database (the current database is kept aside)</source>
      <translation>用备份替换当前数据库（当前数据库另行保留）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="39" />
      <source>the backup file to restore</source>
      <translation>要恢复的备份文件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="43" />
      <source>restore over a database that cannot be read (damaged) without asking; nobody can sign in to it</source>
      <translation>不再询问，直接在无法读取（已损坏）的数据库上恢复；这样的数据库无人能登录</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="52" />
      <source>how long to wait while another program writes to the database (default: {s})</source>
      <translation>其他程序正在写入数据库时最多等待的秒数（默认：{s}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="66" />
      <source>Backup written to {path} ({size}, schema revision {revision}).</source>
      <translation>备份已写入 {path}（{size}，数据库结构版本 {revision}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="71" />
      <source>The file that was there before is kept as {path}.</source>
      <translation>原来的同名文件已另存为 {path}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="83" />
      <source>a number of seconds from 0 to {most}, not “{text}”</source>
      <translation>应为 0 至 {most} 之间的秒数，而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="98" />
      <source>Restored {backup} into {database}.</source>
      <translation>已将备份 {backup} 恢复到数据库 {database}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="104" />
      <source>The backup was at schema revision {before}; it has been upgraded to {after}.</source>
      <translation>该备份的数据库结构版本为 {before}，已升级到 {after}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="110" />
      <source>The database as it was before the restore is kept in {path}.</source>
      <translation>恢复前的数据库已保留在 {path}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="119" />
      <source>The database {path} cannot be read (it is damaged), so nobody can sign in to it. Its bytes will be kept aside and the backup put in its place. Type yes to go on: </source>
      <translation>数据库 {path} 无法读取（已损坏），无人能登录。它的内容将另存一份，再用备份替换。输入 yes 继续：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="126" />
      <source>The database {path} cannot be read (it is damaged). To restore a backup over it, run restore again in a terminal to confirm, or add --yes. Nothing was changed.</source>
      <translation>数据库 {path} 无法读取（已损坏）。如要用备份替换它，请在终端中再次运行 restore 并确认，或加上 --yes。未作任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/backup.py" line="136" />
      <source>Not confirmed; nothing was changed.</source>
      <translation>未确认，未作任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="34" />
      <source>register a case and record its handling steps</source>
      <translation>登记议案建议并记录办理步骤</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="44" />
      <location filename="../../casebook/cli/decisions.py" line="33" />
      <location filename="../../casebook/cli/deliberations.py" line="48" />
      <location filename="../../casebook/cli/deliberations.py" line="62" />
      <location filename="../../casebook/cli/evaluations.py" line="46" />
      <location filename="../../casebook/cli/meetings.py" line="40" />
      <location filename="../../casebook/cli/projects.py" line="66" />
      <location filename="../../casebook/cli/projects.py" line="71" />
      <location filename="../../casebook/cli/projects.py" line="81" />
      <source>the day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="49" />
      <source>register a case</source>
      <translation>登记一件议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="52" />
      <source>the lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="53" />
      <source>co-signing deputies</source>
      <translation>联名代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="56" />
      <source>create the session, deputies, units or category named here that the register lacks</source>
      <translation>台账中没有的届次、代表、承办单位或类别，按所写名称新建</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="58" />
      <source>assign the case to a handling unit</source>
      <translation>交办承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="62" />
      <source>record a unit's reply (an assisting unit's opinion)</source>
      <translation>登记承办单位答复（协办单位的意见）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="64" />
      <source>result category (lead and separate units)</source>
      <translation>办理结果类别（主办、分办单位）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="65" />
      <location filename="../../casebook/cli/meetings.py" line="42" />
      <source>how the deputy was met, e.g. 当面沟通</source>
      <translation>沟通方式，如当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="66" />
      <source>summary, or the assisting unit's opinion</source>
      <translation>答复摘要，或协办单位的意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="67" />
      <source>record a deputy's rating from the feedback form</source>
      <translation>登记代表在征询意见表上的测评</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="69" />
      <source>e.g. 满意, 基本满意, 不满意</source>
      <translation>如满意、基本满意、不满意</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="70" />
      <source>re-handle the case after an unsatisfied rating</source>
      <translation>测评不满意后重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="71" />
      <source>close the case</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="73" />
      <source>on an unsatisfied rating: why (代表同意办结 and how)</source>
      <translation>测评不满意时的办结理由（代表同意办结及情况）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="79" />
      <source>the day the deputy agreed to close it (default: --date)</source>
      <translation>代表同意办结的日期（默认：--date）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="81" />
      <source>show the case's state, result, ratings and assignments</source>
      <translation>显示该件的状态、办理结果、测评和交办情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="253" />
      <source>{case}: {state}, handling round {round}</source>
      <translation>{case}：{state}，第{round}轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="21" />
      <source>Mon</source>
      <translation>周一</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="22" />
      <source>Tue</source>
      <translation>周二</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="23" />
      <source>Wed</source>
      <translation>周三</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="24" />
      <source>Thu</source>
      <translation>周四</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="25" />
      <source>Fri</source>
      <translation>周五</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="26" />
      <source>Sat</source>
      <translation>周六</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="27" />
      <source>Sun</source>
      <translation>周日</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="33" />
      <source>assignments whose reply is overdue, or due within some days</source>
      <translation>逾期未答复及即将到期的交办件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="39" />
      <source>the date the list stands on (default: today)</source>
      <translation>清单截至的日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="45" />
      <source>also list what falls due within N days</source>
      <translation>同时列出N天内即将到期的</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="51" />
      <source>the holiday calendar: a year's public holidays and swapped working days</source>
      <translation>节假日安排：一年中的法定节假日和调休上班日</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="53" />
      <source>the year to list (default: this year)</source>
      <translation>要列出的年份（默认：今年）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="60" />
      <source>change one day of the calendar (with --working or --holiday)</source>
      <translation>修改节假日安排中的一天（配合 --working 或 --holiday）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="64" />
      <source>the day is a working day (e.g. a swapped weekend)</source>
      <translation>该日为工作日（如调休上班的周末）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="67" />
      <source>the day is a day off (e.g. a public holiday)</source>
      <translation>该日休息（如法定节假日）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="69" />
      <source>the holiday's name, e.g. 国庆节</source>
      <translation>节假日名称，如 国庆节</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="90" />
      <source>Overdue on {date}: {count}</source>
      <translation>截至{date}逾期未答复：{count}件次</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="92" />
      <source>Overdue on {date}: {count}; due within {days} days: {soon}</source>
      <translation>截至{date}逾期未答复：{count}件次；{days}天内即将到期：{soon}件次</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="98" />
      <source>Case</source>
      <translation>案号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="99" />
      <location filename="../../casebook/cli/decisions.py" line="73" />
      <location filename="../../casebook/cli/deliberations.py" line="127" />
      <location filename="../../casebook/cli/similar.py" line="211" />
      <location filename="../../casebook/cli/similar.py" line="182" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="100" />
      <location filename="../../casebook/cli/meetings.py" line="108" />
      <location filename="../../casebook/cli/opinions.py" line="149" />
      <source>Unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="102" />
      <source>Assigned</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="103" />
      <source>Due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="104" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="124" />
      <source>{role}, round {round}</source>
      <translation>{role}，第{round}轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="129" />
      <source>{days} days overdue</source>
      <translation>逾期{days}天</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="131" />
      <source>due today</source>
      <translation>今日到期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="132" />
      <source>{days} days left</source>
      <translation>还剩{days}天</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="141" />
      <source>--working and --holiday need --set DATE</source>
      <translation>--working 和 --holiday 须与 --set 日期 一起使用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="143" />
      <source>--set needs --working or --holiday</source>
      <translation>--set 须配合 --working 或 --holiday 使用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="163" />
      <source>The calendar has no holidays for {year}: every Monday to Friday counts as a working day. Enter the official arrangements with: casebook holidays --set DATE --holiday --name NAME</source>
      <translation>{year}年尚无节假日安排，周一至周五均按工作日计算。请按国务院办公厅通知录入：casebook holidays --set 日期 --holiday --name 名称</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="168" />
      <source>Holiday calendar {year}: days that differ from Monday to Friday</source>
      <translation>{year}年节假日安排（与周一至周五作息不同的日子）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="169" />
      <source>Day</source>
      <translation>星期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="169" />
      <location filename="../../casebook/cli/decisions.py" line="71" />
      <location filename="../../casebook/cli/deliberations.py" line="126" />
      <location filename="../../casebook/cli/evaluations.py" line="88" />
      <location filename="../../casebook/cli/stations.py" line="80" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="169" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="177" />
      <source>working day</source>
      <translation>工作日</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="177" />
      <source>day off</source>
      <translation>休息日</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="186" />
      <source>{date} follows the plain week again: {kind}.</source>
      <translation>{date}恢复按正常作息：{kind}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deadlines.py" line="189" />
      <source>{date} is now kept in the calendar as: {kind} ({name}).</source>
      <translation>{date}已记为：{kind}（{name}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="27" />
      <source>the year's excellent motions and suggestions and advanced handling units</source>
      <translation>年度优秀议案建议和先进承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="30" />
      <source>mark a case or a unit for a year</source>
      <translation>将议案建议或单位列入某年度的决定</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="31" />
      <source>excellent_case (优秀议案建议) or advanced_unit</source>
      <translation>excellent_case（优秀议案建议）或 advanced_unit（先进承办单位）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="32" />
      <source>the year the decision is about</source>
      <translation>决定所评的年度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="34" />
      <source>the decision's document number</source>
      <translation>决定的文号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="35" />
      <source>the case (with --session)</source>
      <translation>议案建议编号（与 --session 同用）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="37" />
      <source>the handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="40" />
      <source>list the decisions</source>
      <translation>列出年度决定</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="41" />
      <location filename="../../casebook/cli/decisions.py" line="46" />
      <location filename="../../casebook/cli/evaluations.py" line="50" />
      <source>only those of this year</source>
      <translation>只列出该年度的</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="42" />
      <location filename="../../casebook/cli/evaluations.py" line="51" />
      <source>only those of this unit</source>
      <translation>只列出该单位的</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="45" />
      <source>write the list of decisions to a workbook</source>
      <translation>将年度决定名单导出为工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="61" />
      <source>Recorded: {subject}, {decision}</source>
      <translation>已登记：{subject}，{decision}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="70" />
      <location filename="../../casebook/cli/evaluations.py" line="90" />
      <location filename="../../casebook/cli/similar.py" line="208" />
      <location filename="../../casebook/cli/similar.py" line="179" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="72" />
      <source>Case or unit</source>
      <translation>议案建议或单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="74" />
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="92" />
      <source>Wrote {count} decisions to {path}</source>
      <translation>已将{count}条决定写入{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="43" />
      <source>standing committee deliberations and topical inquiries (整改清单)</source>
      <translation>常委会审议和专题询问（整改清单）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="46" />
      <source>record a deliberation or an inquiry</source>
      <translation>登记一次审议或询问</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="47" />
      <source>committee_review (常委会审议) or topical_inquiry</source>
      <translation>committee_review（常委会审议）或 topical_inquiry（专题询问）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="50" />
      <source>speakers and who attended</source>
      <translation>发言和参加人员</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="51" />
      <source>the units questioned</source>
      <translation>被询问（审议）的单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="54" />
      <source>add a follow-up item (整改清单) to a deliberation</source>
      <translation>为审议或询问增加一项整改事项（整改清单）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="55" />
      <source>the deliberation's id</source>
      <translation>审议或询问的序号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="57" />
      <source>the due date</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="58" />
      <source>the unit responsible</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="60" />
      <source>mark a follow-up item done</source>
      <translation>登记整改事项完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="61" />
      <source>the item's id</source>
      <translation>整改事项的序号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="65" />
      <source>list deliberations and their follow-up items</source>
      <translation>列出审议询问及其整改清单</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="66" />
      <location filename="../../casebook/cli/deliberations.py" line="72" />
      <source>only those held in this year</source>
      <translation>只列出该年度举行的</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="70" />
      <source>write the deliberations and their items to a workbook</source>
      <translation>将审议询问及其整改清单导出为工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="85" />
      <source>Recorded deliberation {id}: {title}</source>
      <translation>已登记审议询问{id}：{title}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="96" />
      <source>Added follow-up item {id}, due {date}</source>
      <translation>已增加整改事项{id}，期限{date}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="106" />
      <source>Follow-up item {id} done on {date}</source>
      <translation>整改事项{id}已于{date}完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="124" />
      <source>Id</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="128" />
      <source>Units</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="129" />
      <source>Items</source>
      <translation>整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="130" />
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="131" />
      <location filename="../../casebook/cli/project_lists.py" line="36" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="158" />
      <source>Wrote {count} follow-up items to {path}</source>
      <translation>已将{count}项整改事项写入{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/demo.py" line="18" />
      <source>fill an empty database with the demo register</source>
      <translation>在空数据库中载入演示台账</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/demo.py" line="22" />
      <source>replace everything in a database that is not empty (a backup is kept)</source>
      <translation>替换非空数据库中的全部内容（先保留备份）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/demo.py" line="27" />
      <source>the last year of the demo register (default: this year); 2023 for the seeds' years only</source>
      <translation>演示台账的最后一年（默认：今年）；只要种子资料中的年份，写 2023</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/demo.py" line="39" />
      <location filename="../../casebook/cli/main.py" line="144" />
      <source>Backup of the previous file: {path}</source>
      <translation>原文件已备份到：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/demo.py" line="43" />
      <source>Demo register loaded: {cases} cases, {deputies} deputies, {units} handling units.</source>
      <translation>演示台账已载入：议案建议{cases}件，代表{deputies}名，承办单位{units}个。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="26" />
      <source>a score from 0 to 100, not “{text}”</source>
      <translation>0至100之间的分数，而不是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="32" />
      <source>evaluations of a case or a unit (人大评议, 第三方评估 …)</source>
      <translation>议案建议或承办单位的评议评估（人大评议、第三方评估等）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="35" />
      <source>record an evaluation</source>
      <translation>登记一次评议评估</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="37" />
      <source>人大评议, 第三方评估 or a kind of the office settings</source>
      <translation>人大评议、第三方评估或机构设置中的其他类型</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="39" />
      <source>the handling unit evaluated (with --year)</source>
      <translation>被评议的承办单位（与 --year 同用）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="40" />
      <source>the year of the unit's handling evaluated</source>
      <translation>被评议的办理年度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="41" />
      <source>the case evaluated (with --session)</source>
      <translation>被评估的议案建议编号（与 --session 同用）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="43" />
      <source>the score, 0 to 100</source>
      <translation>分数，0至100</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="44" />
      <source>the grade (优秀, 良好 … of the office settings)</source>
      <translation>等次（机构设置中的优秀、良好等）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="45" />
      <source>who evaluated</source>
      <translation>评议评估方</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="47" />
      <source>comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="49" />
      <source>list the evaluations</source>
      <translation>列出评议评估记录</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="75" />
      <source>Recorded: {kind} of {subject}, {result}</source>
      <translation>已登记：{subject}的{kind}，{result}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="89" />
      <source>Evaluated</source>
      <translation>评议对象</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="91" />
      <source>Score or grade</source>
      <translation>分数或等次</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/evaluations.py" line="92" />
      <source>Evaluator</source>
      <translation>评议评估方</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="34" />
      <source>write the register, the units' lists or a report to an Excel workbook</source>
      <translation>将台账、各单位交办清单或统计报表导出为 Excel 工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="35" />
      <source>register: every case and its handling history; units: one list per handling unit; monthly: the report as of the month's last day; annual: the year's statistics table; meetings: the year's meetings with the deputies (三见面).</source>
      <translation>register：全部议案建议及其办理过程；units：每个承办单位一张交办清单；monthly：截至当月最后一天的月报；annual：年度办理情况统计表；meetings：当年与代表见面情况（三见面）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="42" />
      <source>what to export</source>
      <translation>导出内容</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="49" />
      <source>the workbook to write</source>
      <translation>要写入的工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="54" />
      <source>year of submission (register, units: only that year; reports: the cohort)</source>
      <translation>提出年度（register、units：只导出该年度；报表：统计该年度提出的议案建议）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="60" />
      <source>the month of the monthly report (default: the last complete month)</source>
      <translation>月报的月份（默认：最近一个已结束的月份）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="66" />
      <source>the date the annual figures stand on (default: the year's last day, or today)</source>
      <translation>年度统计的截止日期（默认：该年最后一天，年度未结束时为今天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="72" />
      <source>only suggestions or only motions (reports: suggestions unless motions are asked for)</source>
      <translation>只导出建议或只导出议案（报表默认统计建议）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="90" />
      <source>--unit and --all are only for reply forms</source>
      <translation>--unit 和 --all 只用于单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="110" />
      <source>Meetings with the deputies of {year} written to {path}: {count} meetings.</source>
      <translation>{year}年与代表见面情况已写入 {path}：共{count}次见面。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="135" />
      <source>Monthly report for {month} written to {path} (as of {date}).</source>
      <translation>{month}月报已导出到 {path}（数据截至{date}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="151" />
      <source>Statistics table for {year} written to {path} (as of {date}).</source>
      <translation>{year}年办理情况统计表已导出到 {path}（数据截至{date}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="179" />
      <source>{month} is not over yet (today is {today}); the last complete month is {last}</source>
      <translation>{month}尚未结束（今天是{today}），最近一个已结束的月份是{last}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="188" />
      <source>the monthly report stands on the month's last day; leave out --as-of</source>
      <translation>月报统计截至当月最后一天，请不要指定 --as-of</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="191" />
      <source>the annual statistics table needs --year</source>
      <translation>导出年度统计表须指定 --year</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="193" />
      <source>--month is only for the monthly report</source>
      <translation>--month 只用于月报</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="195" />
      <source>--month and --as-of are only for the reports (monthly, annual)</source>
      <translation>--month 和 --as-of 只用于报表（monthly、annual）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="198" />
      <source>the list of meetings needs --year</source>
      <translation>见面情况清单需要 --year</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="201" />
      <source>the list of meetings is of the whole year; leave out --session, --unit-kind and --kind</source>
      <translation>见面情况清单按全年列出，请去掉 --session、--unit-kind 和 --kind</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="208" />
      <source>Register written to {path}: {cases} cases, {steps} handling steps.</source>
      <translation>台账已导出到 {path}：议案建议{cases}件，办理过程{steps}条。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/export.py" line="215" />
      <source>Lists of assigned cases written to {path}: {units} units, {cases} assignments.</source>
      <translation>交办清单已导出到 {path}：承办单位{units}个，交办{cases}件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="25" />
      <source>import a ledger (.xlsx or .xls): new cases are added, known ones updated</source>
      <translation>导入台账（.xlsx 或 .xls）：新案件登记，已有案件更新</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="27" />
      <source>the ledger workbook</source>
      <translation>台账工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="29" />
      <source>put every case in this session (created if missing)</source>
      <translation>所有案件归入该届次会议（不存在时新建）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="35" />
      <source>the first day of a session the import creates (gives its year and the implied dates)</source>
      <translation>导入时新建的会议的首日（由此确定其年度和推定的日期）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="42" />
      <source>read a column as a field (所在代表团=delegation), or not at all (联系电话=); remembered, repeatable</source>
      <translation>把某列读作某字段（所在代表团=delegation），或不读该列（联系电话=）；会被记住，可重复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="51" />
      <source>read a result, rating or contact wording as a class or level (暂缓解决=C); remembered, repeatable</source>
      <translation>把办理结果、测评意见或沟通方式的写法对应到类别或等级（暂缓解决=C）；会被记住，可重复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="58" />
      <source>take the ledger's values even where a clerk changed them since the last import</source>
      <translation>即使上次导入后工作人员在程序中改过，也采用台账中的值</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="61" />
      <source>show what the import would do, and change nothing</source>
      <translation>只显示导入结果，不作任何改动</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="67" />
      <source>write the refused rows, with the reason for each, to this workbook</source>
      <translation>将未导入的行及原因写入该工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="100" />
      <source>the ledger names no session (届次会议) in a column, a title row or a sheet name: import it with --session NAME, e.g. --session "市九届人大二次会议" (created if missing). Nothing was imported.</source>
      <translation>台账的列、标题行和工作表名都未写明届次会议：请用 --session 指定，例如 --session "市九届人大二次会议"（没有的会新建）。未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="24" />
      <source>write the letters to handling units (.docx): assignment, reminder or report</source>
      <translation>生成致承办单位的函件（.docx）：交办通知、催办函或办理情况通报</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="25" />
      <source>assignment: 交办通知 with its 签收回执 (each unit's open cases); reminder: 催办函 (overdue and nearly due cases); report: 办理情况通报 (each unit's figures of the year).</source>
      <translation>assignment：交办通知及签收回执（各单位未答复的建议）；reminder：催办函（已逾期和即将到期的建议）；report：办理情况通报（各单位本年度的数据）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="31" />
      <source>which letter</source>
      <translation>哪一种函件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="34" />
      <source>the letters' date (default: today)</source>
      <translation>函件日期（默认：今天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="37" />
      <source>the folder to write to</source>
      <translation>写入的文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/letters.py" line="70" />
      <source>{letters} letters written for {units} units (dated {date}).</source>
      <translation>已为{units}个单位生成函件{letters}份（日期 {date}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="83" />
      <source>Casebook: the register of deputies' motions and suggestions (代表议案建议办理台账).</source>
      <translation>Casebook：代表议案建议办理台账。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="93" />
      <source>database file or SQLAlchemy URL (default: {env} or the user data folder)</source>
      <translation>数据库文件或 SQLAlchemy 地址（默认：环境变量 {env}，或用户数据文件夹）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="97" />
      <source>language of messages</source>
      <translation>提示信息的语言</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="102" />
      <source>on a database with accounts: the account to sign in with (default: {user_env}); the password is taken from {password_env} or asked for</source>
      <translation>数据库设有账户时用于登录的账户（默认取 {user_env}）；密码取自 {password_env}，否则询问</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="111" />
      <source>show the full traceback of an unexpected error (for whoever looks after Casebook)</source>
      <translation>出现意外错误时显示完整的错误追踪（供维护 Casebook 的人员查看）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="117" />
      <source>create or upgrade the database and show its revision</source>
      <translation>新建或升级数据库，并显示其结构版本</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="132" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="134" />
      <source>Created at schema revision {revision} (the newest).</source>
      <translation>已新建数据库，结构版本为 {revision}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="137" />
      <source>Upgraded from schema revision {before} to {after} (the newest).</source>
      <translation>数据库结构已从版本 {before} 升级到 {after}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="142" />
      <source>At schema revision {revision} (the newest).</source>
      <translation>数据库结构版本为 {revision}（最新）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/main.py" line="252" />
      <source>Error: Casebook met an unexpected error ({kind}). The details were written to {path}; run the command again with --debug to see them here.</source>
      <translation>错误：Casebook 遇到意外错误（{kind}）。详细信息已写入 {path}；加上 --debug 再运行一次可在此处查看。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="30" />
      <source>meetings with the deputy before, during and after handling (三见面)</source>
      <translation>办理前、中、后与代表见面（三见面）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="33" />
      <source>record a meeting with the unit's reply</source>
      <translation>在单位答复下登记一次见面</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="36" />
      <source>the unit that replied</source>
      <translation>答复的承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="38" />
      <source>before, during or after (办理前, 办理中, 办理后)</source>
      <translation>before、during 或 after（办理前、办理中、办理后）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="44" />
      <source>who met the deputy</source>
      <translation>与代表见面的人员</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="47" />
      <source>list a case's meetings</source>
      <translation>列出议案建议的见面情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="75" />
      <source>Recorded: {stage} meeting on {date} ({form})</source>
      <translation>已登记：{date}{stage}见面（{form}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="107" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="109" />
      <source>Form</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="110" />
      <source>People</source>
      <translation>见面人员</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="115" />
      <source>The deputy was met before, during and after handling (三见面).</source>
      <translation>已在办理前、中、后与代表见面（三见面）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="51" />
      <source>opinions of the public gathered at the stations</source>
      <translation>代表联络站收集的群众意见建议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="53" />
      <source>register an opinion</source>
      <translation>登记一件群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="54" />
      <source>the station it came from</source>
      <translation>收集意见的站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="55" />
      <source>the day received</source>
      <translation>收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="58" />
      <source>the voter's name (leave out: anonymous)</source>
      <translation>反映人姓名（不填：匿名）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="59" />
      <source>the voter's telephone or address</source>
      <translation>反映人的电话或地址</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="60" />
      <source>the deputy who received it</source>
      <translation>接待代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="63" />
      <source>list opinions, newest first</source>
      <translation>列出群众意见（新的在前）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="66" />
      <source>registered, passed_on, answered, fed_back or closed</source>
      <translation>registered（已登记）、passed_on（已转交）、answered（已办复）、fed_back（已反馈）或 closed（已办结）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="69" />
      <source>show one opinion</source>
      <translation>显示一件群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="70" />
      <source>e.g. 2023-0001</source>
      <translation>例如 2023-0001</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="73" />
      <source>pass an opinion on to a unit (转交)</source>
      <translation>将意见转交承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="78" />
      <source>record the unit's answer (办复)</source>
      <translation>录入承办单位的办复情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="81" />
      <source>what the unit answered</source>
      <translation>承办单位的办理答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="83" />
      <source>record the feedback to the voter (反馈)</source>
      <translation>录入向群众反馈的情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="86" />
      <source>face_to_face, meeting, phone or letter</source>
      <translation>face_to_face（当面）、meeting（座谈）、phone（电话）或 letter（书面）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="88" />
      <source>the voter's view: satisfied, basically_satisfied, unsatisfied</source>
      <translation>群众评价：satisfied（满意）、basically_satisfied（基本满意）、unsatisfied（不满意）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="92" />
      <source>close an opinion after the feedback (办结)</source>
      <translation>反馈后办结意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="96" />
      <source>register the opinions of a station's sheet</source>
      <translation>导入站点的群众意见登记表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="99" />
      <source>the station (default: the one the title row names)</source>
      <translation>站点（默认：标题行中的站点）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="102" />
      <source>write a year's opinions and counts by station</source>
      <translation>导出某年的群众意见及各站点统计</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="128" />
      <source>Registered {number}</source>
      <translation>已登记{number}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="144" />
      <location filename="../../casebook/cli/opinions.py" line="187" />
      <location filename="../../casebook/cli/project_lists.py" line="29" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="145" />
      <location filename="../../casebook/cli/opinions.py" line="190" />
      <source>Received</source>
      <translation>收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="146" />
      <location filename="../../casebook/cli/opinions.py" line="189" />
      <location filename="../../casebook/cli/stations.py" line="79" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="147" />
      <location filename="../../casebook/cli/opinions.py" line="192" />
      <source>Voter</source>
      <translation>反映人</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="148" />
      <location filename="../../casebook/cli/opinions.py" line="195" />
      <source>Opinion</source>
      <translation>意见内容</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="150" />
      <location filename="../../casebook/cli/opinions.py" line="188" />
      <location filename="../../casebook/cli/project_lists.py" line="34" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="157" />
      <location filename="../../casebook/cli/opinions.py" line="192" />
      <source>anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="191" />
      <source>Deputy who received it</source>
      <translation>接待代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="193" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="194" />
      <location filename="../../casebook/cli/project_lists.py" line="31" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="196" />
      <source>Passed on to</source>
      <translation>转交单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="197" />
      <source>Answer</source>
      <translation>办复情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="199" />
      <source>Feedback</source>
      <translation>反馈情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="211" />
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="222" />
      <source>{number} passed on to {unit} on {date}</source>
      <translation>{number}已于{date}转交{unit}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="236" />
      <source>{number}: the answer of {date} recorded</source>
      <translation>{number}：已录入{date}的办复情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="252" />
      <source>{number}: fed back to the voter on {date}</source>
      <translation>{number}：已于{date}向群众反馈</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="265" />
      <source>{number} closed on {date}</source>
      <translation>{number}已于{date}办结</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="298" />
      <source>Wrote {count} opinions and {stations} stations to {path}</source>
      <translation>已将{count}件意见和{stations}个站点写入{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="30" />
      <source>Project</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="32" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="33" />
      <source>Votes</source>
      <translation>票数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="35" />
      <source>Milestones</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="66" />
      <source>Category: {category}; lead unit: {lead}; assisting: {units}</source>
      <translation>类别：{category}；主办单位：{lead}；协办单位：{units}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="69" />
      <source>Voted on {date} ({session}), votes {votes}; state: {state}</source>
      <translation>{date}票决（{session}），票数 {votes}；状态：{state}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="82" />
      <source>Year-end rating ({date}): {counts}</source>
      <translation>年终测评（{date}）：{counts}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_lists.py" line="92" />
      <source>overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="30" />
      <source>livelihood projects (民生实事) voted by the deputies</source>
      <translation>代表票决的民生实事项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="33" />
      <source>register a project voted for a year</source>
      <translation>登记某年票决产生的项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="36" />
      <source>the project's category (大类)</source>
      <translation>项目类别（大类）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="37" />
      <source>the lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="38" />
      <source>the assisting units</source>
      <translation>协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="40" />
      <location filename="../../casebook/cli/projects.py" line="90" />
      <source>the vote's day</source>
      <translation>票决日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="42" />
      <source>the session that voted it</source>
      <translation>票决的会议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="43" />
      <source>the votes for the project</source>
      <translation>赞成票数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="44" />
      <location filename="../../casebook/cli/projects.py" line="93" />
      <source>the votes cast</source>
      <translation>投票总数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="45" />
      <source>its number (default: the year's next, 2023-01 …)</source>
      <translation>项目编号（默认按年度顺编：2023-01 …）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="47" />
      <source>list a year's projects</source>
      <translation>列出某年的项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="51" />
      <source>show a project with its milestones and reports</source>
      <translation>查看项目及其节点和进展</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="55" />
      <source>add a milestone to a project</source>
      <translation>为项目添加时间节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="59" />
      <source>the planned date</source>
      <translation>计划完成日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="62" />
      <source>mark a milestone done</source>
      <translation>登记节点完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="64" />
      <source>the milestone's id (see show)</source>
      <translation>节点编号（见 show）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="67" />
      <source>a note on its progress</source>
      <translation>进展说明</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="69" />
      <source>record a progress report or the year-end report</source>
      <translation>登记进展情况或年终完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="76" />
      <source>the year-end report: done or not_done</source>
      <translation>年终完成情况：done（已完成）或 not_done（未完成）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="79" />
      <source>record the deputies' year-end rating</source>
      <translation>登记代表年终满意度测评</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="83" />
      <source>votes per option</source>
      <translation>各选项票数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="86" />
      <source>import a year's project list from a workbook</source>
      <translation>从工作簿导入某年的项目清单</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="92" />
      <source>the session that voted them</source>
      <translation>票决的会议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="98" />
      <source>the date of the progress column (default: today, at most the year's end)</source>
      <translation>“完成情况”一列的日期（默认今天，最晚为当年年底）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="101" />
      <source>write a year's projects and milestones to a workbook</source>
      <translation>将某年的项目及节点导出为工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="108" />
      <source>the project's number (2023-01, or 1)</source>
      <translation>项目编号（2023-01，或 1）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="128" />
      <source>Registered project {number}: {title}</source>
      <translation>已登记项目 {number}：{title}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="138" />
      <source>Added milestone {id}, planned {date}</source>
      <translation>已添加节点 {id}，计划 {date} 完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="148" />
      <source>Milestone {id} done on {date}</source>
      <translation>节点 {id} 已于 {date} 完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="162" />
      <source>Recorded the report of {date}; project {number}: {state}</source>
      <translation>已登记 {date} 的进展情况；项目 {number}：{state}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="177" />
      <source>Recorded the year-end rating: {counts}</source>
      <translation>已登记年终测评：{counts}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="214" />
      <source>{file} (sheet {sheet}): {added} projects registered, {refused} rows refused</source>
      <translation>{file}（工作表 {sheet}）：登记项目 {added} 项，拒收 {refused} 行</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="220" />
      <source>Columns not read (no field of a project has that name): {headers}</source>
      <translation>未读取的列（不是项目清单的栏目）：{headers}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="226" />
      <source>Row {row} ({title}): {reason}</source>
      <translation>第 {row} 行（{title}）：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="242" />
      <source>Wrote {count} projects and {milestones} milestones to {path}</source>
      <translation>已将 {count} 个项目、{milestones} 个节点写入 {path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="23" />
      <source>the handling units ranked by their weighted rates (先进承办单位)</source>
      <translation>承办单位按加权比率排名（先进承办单位）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="25" />
      <location filename="../../casebook/cli/stats.py" line="40" />
      <location filename="../../casebook/cli/supervision.py" line="32" />
      <source>year of submission (the cohort)</source>
      <translation>提出年度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="27" />
      <source>the date the figures stand on</source>
      <translation>数据截止日期</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="33" />
      <location filename="../../casebook/cli/supervision.py" line="45" />
      <source>suggestions (default) or motions</source>
      <translation>建议（默认）或议案</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="37" />
      <source>write a workbook</source>
      <translation>写入Excel工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="60" />
      <source>Ranking of {count} units written to {file}.</source>
      <translation>{count}个承办单位的排名已写入{file}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="23" />
      <source>only this handling unit</source>
      <translation>只生成该承办单位的</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="24" />
      <source>every handling unit (the default)</source>
      <translation>全部承办单位（默认）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="36" />
      <source>reply forms take --unit or --all and --year only</source>
      <translation>单位答复表只接受 --unit 或 --all 以及 --year</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="51" />
      <source>{unit}: {cases} open cases → {path}</source>
      <translation>{unit}：未答复建议{cases}件 → {path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="56" />
      <source>Reply forms written: {forms} units, {cases} cases.</source>
      <translation>已生成单位答复表：{forms}个单位，建议{cases}件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="68" />
      <source>read the units' returned reply forms: each filled row becomes the unit's reply</source>
      <translation>导入承办单位交回的答复表：每一填写的行记为该单位的答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="70" />
      <source>returned forms</source>
      <translation>交回的答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="71" />
      <source>refuse forms of any other unit</source>
      <translation>拒收其他单位的答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="73" />
      <source>show what the forms would record, and change nothing</source>
      <translation>只显示将记录的内容，不作任何修改</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="75" />
      <source>print the outcome as JSON</source>
      <translation>以 JSON 输出结果</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="120" />
      <source>Dry run: {recorded} replies would be recorded, {refused} refused; nothing was changed.</source>
      <translation>试运行：将记录答复{recorded}条，拒收{refused}条；未作任何修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="122" />
      <source>{recorded} replies recorded, {refused} refused.</source>
      <translation>已记录答复{recorded}条，拒收{refused}条。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/replies.py" line="127" />
      <source>{form}, row {row}</source>
      <translation>{form} 第{row}行</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/screenshot.py" line="32" />
      <source>save a picture of a view of the window</source>
      <translation>将窗口的某个界面保存为图片</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/screenshot.py" line="37" />
      <source>language of the window</source>
      <translation>窗口使用的语言</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/screenshot.py" line="46" />
      <source>the picture's name must end in .png: {path}</source>
      <translation>图片文件名须以 .png 结尾：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/screenshot.py" line="58" />
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="165" />
      <source>This database has accounts: give your account with --user NAME (or {user_env}) and the password in {password_env}, or run the command in a terminal to be asked for them.</source>
      <translation>此数据库设有账户：请用 --user 账户名（或 {user_env}）指明账户，并在 {password_env} 中给出密码，或在终端中运行命令以输入账户和密码。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="173" />
      <source>User name: </source>
      <translation>账户名：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="177" />
      <source>No user name given; nothing was done.</source>
      <translation>未输入账户名，未执行任何操作。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="184" />
      <source>This database has accounts: give the password of {name} in {password_env}, or run the command in a terminal to be asked for it.</source>
      <translation>此数据库设有账户：请在 {password_env} 中给出 {name} 的密码，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="192" />
      <source>Password for {name}: </source>
      <translation>{name} 的密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="202" />
      <source>Give the new password in {env}, or run the command in a terminal to be asked for it; nothing was changed.</source>
      <translation>请在 {env} 中给出新密码，或在终端中运行命令以输入新密码；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="209" />
      <source>New password for {name}: </source>
      <translation>{name} 的新密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="210" />
      <source>The same password again: </source>
      <translation>再次输入新密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="212" />
      <source>The two passwords are not the same; nothing was changed.</source>
      <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/session.py" line="220" />
      <source>No password given; nothing was done.</source>
      <translation>未输入密码，未执行任何操作。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="77" />
      <source>show, set, export or import the office settings</source>
      <translation>查看、修改、导出或导入本办设置</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="79" />
      <source>every setting with its key and value</source>
      <translation>列出每项设置的键和值</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="82" />
      <source>change one setting (the value as JSON or plain text)</source>
      <translation>修改一项设置（值为JSON或纯文字）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="83" />
      <source>the setting's key</source>
      <translation>设置项的键</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="84" />
      <source>the new value, e.g. 2, true, ["A","B"]</source>
      <translation>新的值，如 2、true、["A","B"]</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="86" />
      <source>write every setting to a JSON file</source>
      <translation>把全部设置写入JSON文件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="89" />
      <source>apply the settings of a JSON file (all or some)</source>
      <translation>应用JSON文件中的设置（全部或部分）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="133" />
      <source>Settings written to {file}.</source>
      <translation>设置已写入{file}。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="149" />
      <source>Settings changed: {keys}</source>
      <translation>已修改设置：{keys}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="151" />
      <source>No setting changed.</source>
      <translation>没有设置被修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="31" />
      <source>find earlier cases similar to a title, or the cases submitted again year after year</source>
      <translation>查找与标题相似的历年案件，或历年重复提出的案件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="32" />
      <source>With TEXT: the cases of any year whose title or content is most similar to it, with a score from 0 to 1. With --clusters: the groups of similar cases of different years, unresolved groups first.</source>
      <translation>给出 TEXT：列出标题或内容与之最相似的历年案件及相似度（0～1）。使用 --clusters：列出不同年度提出的相似案件分组，未解决的分组在前。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="38" />
      <source>a title or some words</source>
      <translation>标题或关键词</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="40" />
      <source>list the groups of cases submitted again</source>
      <translation>列出重复提出的案件分组</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="48" />
      <source>at most N cases (default 10)</source>
      <translation>最多 N 件（默认 10）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="54" />
      <source>the lowest score shown (default {similar} for TEXT, {clusters} for --clusters)</source>
      <translation>显示的最低相似度（TEXT 默认 {similar}，--clusters 默认 {clusters}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="63" />
      <source>groups spanning at least N years (default 2)</source>
      <translation>分组至少跨 N 个年度（默认 2）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="66" />
      <source>write the groups to this workbook</source>
      <translation>将分组写入此工作簿</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="94" />
      <source>give either a TEXT to look for or --clusters</source>
      <translation>请给出要查找的 TEXT 或 --clusters（二选一）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="98" />
      <source>--min-years must be at least 1</source>
      <translation>--min-years 至少为 1</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="100" />
      <source>--min-score must be between 0 and 1</source>
      <translation>--min-score 须在 0 到 1 之间</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="103" />
      <source>-o is only for --clusters</source>
      <translation>-o 仅用于 --clusters</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="128" />
      <source>Groups of cases submitted again written to {path}: {groups} groups, {cases} cases.</source>
      <translation>重复提出的案件分组已写入 {path}：{groups} 组，{cases} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="175" />
      <source>No similar case.</source>
      <translation>未找到相似的案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="185" />
      <source>Score</source>
      <translation>相似度</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="205" />
      <source>No group of similar cases submitted in different years.</source>
      <translation>没有在不同年度重复提出的相似案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="209" />
      <location filename="../../casebook/cli/similar.py" line="180" />
      <source>Session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="210" />
      <location filename="../../casebook/cli/similar.py" line="181" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="212" />
      <source>Lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="213" />
      <location filename="../../casebook/cli/similar.py" line="183" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="214" />
      <location filename="../../casebook/cli/similar.py" line="184" />
      <source>Rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="218" />
      <source>resolved in some year</source>
      <translation>曾有年度已解决</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="218" />
      <source>never resolved</source>
      <translation>历年均未解决</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/similar.py" line="220" />
      <source>Group {number}: {cases} cases of {years}, {state}</source>
      <translation>第{number}组：{years}年度共{cases}件，{state}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="29" />
      <source>liaison stations, deputies' homes and deputy groups</source>
      <translation>代表联络站、人大代表之家和代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="32" />
      <source>register a station</source>
      <translation>登记站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="34" />
      <source>liaison_station, deputies_home or deputy_group</source>
      <translation>liaison_station（代表联络站）、deputies_home（人大代表之家）或 deputy_group（代表小组）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="35" />
      <source>its town, street or district</source>
      <translation>所在镇、街道或区</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="36" />
      <source>the deputies attached</source>
      <translation>进站代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="38" />
      <source>list the stations</source>
      <translation>列出站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="41" />
      <source>rename a station</source>
      <translation>站点改名</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="45" />
      <source>set the deputies attached to a station</source>
      <translation>设置站点的进站代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="50" />
      <source>retire a station (its opinions keep it)</source>
      <translation>停用站点（已登记的意见不变）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="51" />
      <source>reinstate a retired station</source>
      <translation>重新启用站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="65" />
      <source>Registered station {name} ({kind})</source>
      <translation>已登记站点{name}（{kind}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="81" />
      <source>Area</source>
      <translation>所在镇（街道）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="82" />
      <source>Deputies</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="83" />
      <source>Opinions</source>
      <translation>意见件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="84" />
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="107" />
      <source>Renamed the station {old} to {new}</source>
      <translation>站点{old}已改名为{new}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="118" />
      <source>{name}: {deputies}</source>
      <translation>{name}：{deputies}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="129" />
      <source>Retired the station {name}</source>
      <translation>已停用站点{name}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stations.py" line="129" />
      <source>Reinstated the station {name}</source>
      <translation>已启用站点{name}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="39" />
      <source>figures of a year's cases as of a date</source>
      <translation>统计某年议案建议截至某日的办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="45" />
      <location filename="../../casebook/cli/supervision.py" line="37" />
      <source>the date the figures stand on (default: the year's last day, or today while the year lasts)</source>
      <translation>统计截止日期（默认：该年度的最后一天；年度未结束时为今天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="53" />
      <source>suggestions (default), motions, livelihood projects (project) or voters' opinions (opinion)</source>
      <translation>建议（默认）、议案、民生实事项目（project）或群众意见（opinion）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="61" />
      <source>one table with a column per session of the year (meeting, interim) and the year</source>
      <translation>一张表：本年每个会议（大会期间、闭会期间）一列，另加全年一列</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="63" />
      <source>opinions: a row per station</source>
      <translation>群众意见：按站点分行统计</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="88" />
      <source>--by-session shows every session; leave out --session</source>
      <translation>--by-session 列出每个会议，请不要同时给出 --session</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/subsets.py" line="32" />
      <source>a kind of handling unit ({kinds}), not “{text}”</source>
      <translation>应为承办单位类别（{kinds}），不能是“{text}”</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/subsets.py" line="39" />
      <source>only the cases of this session</source>
      <translation>只统计该次会议的议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/subsets.py" line="44" />
      <source>only the cases a unit of this kind answers for (lead or separate): {kinds}</source>
      <translation>只统计由此类单位主办或分办的件：{kinds}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="30" />
      <source>the three tiers of supervision (督办) of a year's cases</source>
      <translation>一年议案建议的三级督办</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="67" />
      <source>Tier</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="68" />
      <source>Supervised by</source>
      <translation>督办方</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="69" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="70" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="71" />
      <source>With an overdue reply</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="73" />
      <source>Supervision of {year}, as of {date}</source>
      <translation>{year}年督办情况（截至{date}）</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="45" />
      <source>Jan</source>
      <translation>1月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="46" />
      <source>Feb</source>
      <translation>2月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="47" />
      <source>Mar</source>
      <translation>3月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="48" />
      <source>Apr</source>
      <translation>4月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="49" />
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="50" />
      <source>Jun</source>
      <translation>6月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="51" />
      <source>Jul</source>
      <translation>7月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="52" />
      <source>Aug</source>
      <translation>8月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="53" />
      <source>Sep</source>
      <translation>9月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="54" />
      <source>Oct</source>
      <translation>10月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="55" />
      <source>Nov</source>
      <translation>11月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="56" />
      <source>Dec</source>
      <translation>12月</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="161" />
      <source>{unit}: leads {total} cases, {resolved} resolved ({rate}%)</source>
      <translation>{unit}：主办{total}件，解决{resolved}件，解决率{rate}%</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="186" />
      <source>{state}: {count}</source>
      <translation>{state}：{count}件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/charts.py" line="203" />
      <source>Replies</source>
      <translation>答复件次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="64" />
      <source>resolved / cases</source>
      <translation>解决件数/总件数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="65" />
      <source>accomplished / cases</source>
      <translation>办成件数/总件数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="66" />
      <source>satisfied / rated</source>
      <translation>满意和基本满意/已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="67" />
      <source>on time / replies due</source>
      <translation>按期答复/应答复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="68" />
      <source>met in person / replies</source>
      <translation>当面沟通/答复件次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="79" />
      <source>no comparison with the previous year</source>
      <translation>无上年同期数据</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="82" />
      <source>up {points} points on the previous year</source>
      <translation>同比上升{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="84" />
      <source>down {points} points on the previous year</source>
      <translation>同比下降{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="86" />
      <source>unchanged on the previous year</source>
      <translation>同比持平</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="91" />
      <source>Changes are against {previous}, as of {date}.</source>
      <translation>同比：{previous}，截至{date}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="209" />
      <source>Suggestions and motions</source>
      <translation>议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="210" />
      <source>Livelihood projects</source>
      <translation>民生实事</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="211" />
      <source>Voters' opinions</source>
      <translation>群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="291" />
      <source>Cases of {year} by current state</source>
      <translation>{year}年件数（按当前办理状态）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="293" />
      <source>Replies received in {year}, by month</source>
      <translation>{year}年各月收到答复件次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="315" />
      <source>Resolution rate of the {count} units leading the most cases</source>
      <translation>主办件数最多的{count}个单位解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="317" />
      <source>Resolution rate by lead unit</source>
      <translation>各主办单位解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="333" />
      <location filename="../../casebook/ui/views/dashboard.py" line="417" />
      <source>Export monthly report</source>
      <translation>导出月报</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="335" />
      <location filename="../../casebook/ui/views/dashboard.py" line="421" />
      <source>Export annual report</source>
      <translation>导出年报</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="337" />
      <source>Computing the figures…</source>
      <translation>正在计算…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="342" />
      <source>&amp;Year:</source>
      <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="343" />
      <source>&amp;Kind:</source>
      <translation>类别(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="344" />
      <source>&amp;As of:</source>
      <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="358" />
      <source>Text for the report</source>
      <translation>报告文字</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="366" />
      <location filename="../../casebook/ui/views/dashboard.py" line="372" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="367" />
      <source>Copy the text to the clipboard</source>
      <translation>将报告文字复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="410" />
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="419" />
      <source>{kind} monthly report {year}, {report_year}-{month:02d}</source>
      <translation>{year}年代表{kind}办理情况月报（{report_year}年{month}月）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/dashboard.py" line="422" />
      <source>{kind} annual report {year}</source>
      <translation>{year}年代表{kind}办理情况年报</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking_top.py" line="39" />
      <source>Best handling units, first five (先进承办单位)</source>
      <translation>先进承办单位（得分前五名）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking_top.py" line="61" />
      <source>Whole ranking…</source>
      <translation>完整排名…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking_top.py" line="62" />
      <source>Every unit with each rate it is scored on</source>
      <translation>每个承办单位及其各项计分比率</translation>
    </message>
  </context>
  <context>
    <name>Deadlines</name>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="30" />
      <source>Unit / case</source>
      <translation>承办单位 / 案件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="31" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="32" />
      <source>Role</source>
      <translation>承办方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="33" />
      <source>Round</source>
      <translation>办理轮次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="34" />
      <source>Assigned</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="35" />
      <source>Due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="36" />
      <source>Overdue / left</source>
      <translation>逾期 / 剩余</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/deadlines.py" line="42" />
      <source>%n days overdue</source>
      <translation>
        <numerusform>逾期%n天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="44" />
      <source>due today</source>
      <translation>今天到期</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/deadlines.py" line="45" />
      <source>%n days left</source>
      <translation>
        <numerusform>还剩%n天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="60" />
      <source>overdue only</source>
      <translation>仅逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="61" />
      <source> days</source>
      <translation>天</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="73" />
      <source>Overdue, and due within</source>
      <translation>逾期的，以及即将到期（天数内）：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="86" />
      <source>Reading the deadlines…</source>
      <translation>正在读取期限…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="98" />
      <source>{overdue} overdue, {soon} due soon, at {units} units (as of {date})</source>
      <translation>逾期{overdue}件次，即将到期{soon}件次，涉及{units}个单位（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deadlines.py" line="107" />
      <source>{unit} ({count}, {late} overdue)</source>
      <translation>{unit}（{count}件次，逾期{late}件次）</translation>
    </message>
  </context>
  <context>
    <name>Decisions</name>
    <message>
      <location filename="../../casebook/services/queries/decisions.py" line="39" />
      <source>{kind} of {year} ({document}, {date})</source>
      <translation>{year}年度{kind}（{document}，{date}）</translation>
    </message>
  </context>
  <context>
    <name>Deliberations</name>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="43" />
      <location filename="../../casebook/ui/views/deliberations.py" line="46" />
      <source>Units questioned</source>
      <translation>被询问（审议）单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="75" />
      <source>New deliberation or inquiry</source>
      <translation>新增审议或询问</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="77" />
      <location filename="../../casebook/ui/views/deliberations.py" line="44" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="78" />
      <source>Held on</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="79" />
      <location filename="../../casebook/ui/views/deliberations.py" line="45" />
      <source>Title</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="80" />
      <source>Speakers and participants</source>
      <translation>发言及参加人员</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="81" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="89" />
      <source>New follow-up item</source>
      <translation>新增整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="91" />
      <location filename="../../casebook/ui/views/deliberations.py" line="52" />
      <source>Item</source>
      <translation>整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="94" />
      <location filename="../../casebook/ui/views/deliberations.py" line="53" />
      <source>Unit responsible</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="99" />
      <location filename="../../casebook/ui/views/deliberations.py" line="54" />
      <source>Due on</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="107" />
      <source>Follow-up item done</source>
      <translation>整改事项完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="109" />
      <location filename="../../casebook/ui/views/deliberations.py" line="55" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/deliberations.py" line="110" />
      <source>How it was done</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="43" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="47" />
      <source>Items</source>
      <translation>整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="48" />
      <location filename="../../casebook/ui/views/deliberations.py" line="88" />
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="49" />
      <location filename="../../casebook/ui/views/deliberations.py" line="87" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="56" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="85" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="99" />
      <source>New deliberation…</source>
      <translation>新增审议或询问…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="100" />
      <source>Add follow-up item…</source>
      <translation>增加整改事项…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="101" />
      <source>Mark item done…</source>
      <translation>登记整改完成…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="138" />
      <source>Reading the deliberations…</source>
      <translation>正在读取审议和询问…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="151" />
      <source>{count} deliberations and inquiries; {overdue} follow-up items overdue</source>
      <translation>审议和询问{count}次；逾期整改事项{overdue}项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/deliberations.py" line="193" />
      <source>Participants: {names}</source>
      <translation>参加人员：{names}</translation>
    </message>
  </context>
  <context>
    <name>Enum</name>
    <message>
      <location filename="../../casebook/domain/enums.py" line="124" />
      <source>Motion</source>
      <translation>议案</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="125" />
      <source>Suggestion</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="126" />
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="127" />
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="128" />
      <location filename="../../casebook/domain/enums.py" line="146" />
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="129" />
      <source>Rated</source>
      <translation>已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="130" />
      <location filename="../../casebook/domain/enums.py" line="147" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="131" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="132" />
      <source>Congress meeting</source>
      <translation>大会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="133" />
      <source>Interim period</source>
      <translation>闭会期间</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="134" />
      <source>Government department</source>
      <translation>政府部门</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="135" />
      <source>Court</source>
      <translation>法院</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="136" />
      <source>Procuratorate</source>
      <translation>检察院</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="137" />
      <source>Other unit</source>
      <translation>其他单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="138" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="139" />
      <source>Assisting unit</source>
      <translation>协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="140" />
      <source>Separately handling unit</source>
      <translation>分办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="141" />
      <source>Active</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="142" />
      <source>Changed to another unit</source>
      <translation>已调整</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="143" />
      <source>Earlier round</source>
      <translation>前一轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="144" />
      <source>Assigned, awaiting the unit</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="145" />
      <source>Acknowledged, in hand</source>
      <translation>已签收</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="148" />
      <source>Face to face</source>
      <translation>当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="149" />
      <location filename="../../casebook/domain/enums.py" line="161" />
      <source>Meeting</source>
      <translation>座谈会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="150" />
      <location filename="../../casebook/domain/enums.py" line="164" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="151" />
      <source>Letter</source>
      <translation>书面函复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="152" />
      <source>Unit head</source>
      <translation>主要负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="153" />
      <source>Deputy head</source>
      <translation>分管负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="154" />
      <source>Section head</source>
      <translation>处（科）室负责人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="155" />
      <source>Staff</source>
      <translation>经办人员</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="156" />
      <source>Satisfied</source>
      <translation>满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="157" />
      <source>Basically satisfied</source>
      <translation>基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="158" />
      <source>Unsatisfied</source>
      <translation>不满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="159" />
      <source>Standing committee leader</source>
      <translation>人大常委会领导</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="160" />
      <source>Government leader</source>
      <translation>政府领导</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="162" />
      <source>Site visit</source>
      <translation>实地察看</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="163" />
      <source>Progress meeting</source>
      <translation>推进会</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="165" />
      <source>Document</source>
      <translation>发文督办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/enums.py" line="166" />
      <source>Handled jointly</source>
      <translation>并案办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/ratings.py" line="35" />
      <source>The lead deputy's rating</source>
      <translation>领衔代表的测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/ratings.py" line="36" />
      <source>The least satisfied rating of all signers</source>
      <translation>全体提出代表中最低的测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/supervision_tiers.py" line="27" />
      <source>Led by congress leaders</source>
      <translation>市人大领导牵头督办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/supervision_tiers.py" line="28" />
      <source>By special committees</source>
      <translation>专工委分类督办</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/supervision_tiers.py" line="29" />
      <source>Deputy-affairs office (backstop)</source>
      <translation>人代联委抓总兜底</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../casebook/ui/error_handling.py" line="67" />
      <source>Not done</source>
      <translation>未执行</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/error_handling.py" line="72" />
      <source>The database could not be used</source>
      <translation>数据库无法使用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/error_handling.py" line="77" />
      <source>Casebook met an unexpected error</source>
      <translation>程序遇到意外错误</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/error_handling.py" line="78" />
      <source>Something went wrong inside Casebook: {error}

What you typed is still in the open forms: save it again, or copy it somewhere safe. The details were written to the log file
{path}
Please send that file to whoever looks after Casebook.</source>
      <translation>程序内部出错：{error}

您填写的内容仍在打开的表单中：请再保存一次，或复制到安全的地方。详细情况已写入日志文件
{path}
请把这个文件发给负责维护本程序的同志。</translation>
    </message>
  </context>
  <context>
    <name>Excel</name>
    <message>
      <location filename="../../casebook/excel/columns.py" line="70" />
      <source>Session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="71" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="72" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="73" />
      <location filename="../../casebook/excel/export_decisions.py" line="22" />
      <location filename="../../casebook/excel/export_deliberations.py" line="22" />
      <location filename="../../casebook/excel/export_evaluations.py" line="18" />
      <location filename="../../casebook/excel/export_meetings.py" line="21" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="74" />
      <source>Submitted on</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="75" />
      <location filename="../../casebook/excel/export_decisions.py" line="23" />
      <source>Lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="76" />
      <source>Co-signing deputies</source>
      <translation>联名代表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="77" />
      <source>Delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="78" />
      <location filename="../../casebook/excel/export_opinions.py" line="29" />
      <location filename="../../casebook/excel/export_projects.py" line="22" />
      <location filename="../../casebook/excel/export_published.py" line="40" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="79" />
      <source>Key supervision</source>
      <translation>重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="80" />
      <source>Designated by</source>
      <translation>确定机关</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="81" />
      <source>Supervising leader</source>
      <translation>督办领导</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="82" />
      <source>Supervising committee</source>
      <translation>督办专委会</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="83" />
      <source>Government leader leading the handling</source>
      <translation>领衔办理领导</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="84" />
      <location filename="../../casebook/excel/export_published.py" line="67" />
      <source>Lead units</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="85" />
      <location filename="../../casebook/excel/export_projects.py" line="24" />
      <source>Assisting units</source>
      <translation>协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="86" />
      <source>Separately handling units</source>
      <translation>分办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="87" />
      <source>Assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="88" />
      <source>Reply due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="89" />
      <source>Acknowledged on</source>
      <translation>签收日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="90" />
      <source>Replied on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="91" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="92" />
      <source>Contact method</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="93" />
      <source>Deputy's opinion</source>
      <translation>代表意见</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="94" />
      <source>Rated on</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="95" />
      <location filename="../../casebook/excel/export_deliberations.py" line="28" />
      <location filename="../../casebook/excel/export_opinions.py" line="36" />
      <location filename="../../casebook/excel/export_projects.py" line="28" />
      <location filename="../../casebook/excel/export_projects.py" line="42" />
      <source>State</source>
      <translation>办理状态</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="96" />
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="97" />
      <source>Supervision records</source>
      <translation>督办次数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="98" />
      <source>Remarks</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="133" />
      <location filename="../../casebook/excel/export_audit.py" line="26" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="134" />
      <location filename="../../casebook/excel/export_deliberations.py" line="20" />
      <location filename="../../casebook/excel/export_evaluations.py" line="15" />
      <location filename="../../casebook/excel/export_meetings.py" line="24" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="135" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="136" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="137" />
      <source>Handling round</source>
      <translation>办理轮次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="138" />
      <source>Contact person</source>
      <translation>沟通人员</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="139" />
      <source>Deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="140" />
      <source>Rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="141" />
      <location filename="../../casebook/excel/export_published.py" line="50" />
      <source>Rating of the handling work</source>
      <translation>办理工作测评</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="142" />
      <location filename="../../casebook/excel/export_published.py" line="51" />
      <source>Rating of the result</source>
      <translation>办理结果测评</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="143" />
      <source>Notes</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="186" />
      <source>No. (serial)</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="199" />
      <source>Satisfaction</source>
      <translation>满意度</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="204" />
      <source>Days overdue</source>
      <translation>逾期天数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="209" />
      <location filename="../../casebook/excel/export_meetings.py" line="22" />
      <source>Handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="210" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="211" />
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="212" />
      <location filename="../../casebook/excel/export_similar.py" line="26" />
      <source>Resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="214" />
      <source>Accomplished</source>
      <translation>办成</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="216" />
      <source>Replies due</source>
      <translation>应答复</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="217" />
      <source>Replied on time</source>
      <translation>按期答复</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="219" />
      <source>Rated</source>
      <translation>已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="220" />
      <source>Satisfied or basically satisfied</source>
      <translation>满意和基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="222" />
      <location filename="../../casebook/excel/export_reports.py" line="83" />
      <source>Overdue replies</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="242" />
      <location filename="../../casebook/excel/export_published.py" line="22" />
      <location filename="../../casebook/excel/export_published.py" line="81" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="243" />
      <source>Numerator</source>
      <translation>分子</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="244" />
      <source>Denominator</source>
      <translation>分母</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="245" />
      <source>Rate</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="246" />
      <source>Previous year: numerator</source>
      <translation>上年同期分子</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="247" />
      <source>Previous year: denominator</source>
      <translation>上年同期分母</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="248" />
      <source>Previous year: rate</source>
      <translation>上年同期比率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="249" />
      <source>Change (percentage points)</source>
      <translation>同比增减（百分点）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="262" />
      <source>This year</source>
      <translation>本年</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="263" />
      <source>Previous year, same day</source>
      <translation>上年同期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="274" />
      <source>Resolved (A)</source>
      <translation>解决(A)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="275" />
      <source>Being resolved (B)</source>
      <translation>正在解决(B)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="276" />
      <source>To be resolved later (C)</source>
      <translation>以后解决(C)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/columns.py" line="277" />
      <source>For reference (D)</source>
      <translation>留作参考(D)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="24" />
      <source>Recorded at</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="25" />
      <source>User</source>
      <translation>用户</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="27" />
      <source>Case or record</source>
      <translation>案件或记录</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="28" />
      <source>Business date</source>
      <translation>业务日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="29" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="30" />
      <source>Old value</source>
      <translation>原值</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="31" />
      <source>New value</source>
      <translation>新值</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="54" />
      <location filename="../../casebook/excel/export_audit.py" line="67" />
      <location filename="../../casebook/ui/jobs/files.py" line="326" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="58" />
      <source>{events} events, {rows} rows; recorded {first} to {last}</source>
      <translation>共{events}条记录、{rows}行；记录时间 {first} 至 {last}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_audit.py" line="65" />
      <source>No events</source>
      <translation>没有记录</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_case_lists.py" line="40" />
      <source>Key suggestions</source>
      <translation>重点建议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_case_lists.py" line="41" />
      <source>Motions</source>
      <translation>议案</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_case_lists.py" line="51" />
      <source>{list}: as the register stands on {date}</source>
      <translation>{list}：台账截至{date}的办理进展</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="19" />
      <location filename="../../casebook/excel/export_follow_ups.py" line="18" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="20" />
      <source>Decision</source>
      <translation>决定</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="21" />
      <source>Case or unit</source>
      <translation>议案建议或单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="24" />
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="25" />
      <source>Decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="26" />
      <location filename="../../casebook/excel/export_meetings.py" line="27" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="34" />
      <source>Excellent motions and suggestions and advanced handling units of {year}</source>
      <translation>{year}年度优秀议案建议和先进承办单位名单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="36" />
      <source>Excellent motions and suggestions and advanced handling units</source>
      <translation>优秀议案建议和先进承办单位名单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="38" />
      <source>Decisions</source>
      <translation>优秀建议和先进单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_decisions.py" line="58" />
      <source>Year decisions</source>
      <translation>年度决定名单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="21" />
      <location filename="../../casebook/excel/export_opinions.py" line="40" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="23" />
      <source>Units questioned</source>
      <translation>被询问（审议）单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="24" />
      <source>Follow-up item</source>
      <translation>整改事项</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="25" />
      <source>Unit responsible</source>
      <translation>责任单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="26" />
      <source>Due on</source>
      <translation>整改期限</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="27" />
      <location filename="../../casebook/excel/export_projects.py" line="41" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="37" />
      <source>Deliberations and inquiries of {year} and their follow-up items</source>
      <translation>{year}年审议询问及整改清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="39" />
      <source>Deliberations and inquiries and their follow-up items</source>
      <translation>审议询问及整改清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="41" />
      <location filename="../../casebook/excel/export_projects.py" line="61" />
      <source>{title}; overdue as of {date}</source>
      <translation>{title}；逾期截至{date}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="43" />
      <source>Follow-up lists</source>
      <translation>整改清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="52" />
      <location filename="../../casebook/excel/export_projects.py" line="31" />
      <location filename="../../casebook/excel/export_projects.py" line="54" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="54" />
      <location filename="../../casebook/excel/export_projects.py" line="32" />
      <location filename="../../casebook/excel/export_projects.py" line="55" />
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="54" />
      <location filename="../../casebook/excel/export_projects.py" line="55" />
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_deliberations.py" line="63" />
      <source>Deliberations and inquiries</source>
      <translation>审议和询问</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="16" />
      <source>Kind of evaluation</source>
      <translation>评议评估类型</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="17" />
      <source>Unit or case evaluated</source>
      <translation>评议对象</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="19" />
      <location filename="../../casebook/excel/export_ranking.py" line="17" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="20" />
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="21" />
      <source>Evaluator</source>
      <translation>评议评估方</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="22" />
      <source>Comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="30" />
      <source>Evaluations</source>
      <translation>评议评估</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_evaluations.py" line="32" />
      <source>Evaluations of {year}</source>
      <translation>{year}年评议评估情况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_follow_ups.py" line="19" />
      <source>Follow-up reviews</source>
      <translation>回头看次数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_follow_ups.py" line="20" />
      <source>Last reviewed on</source>
      <translation>最近回头看日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_follow_ups.py" line="54" />
      <source>Follow-up reviews: cases of earlier years being solved or to be solved later</source>
      <translation>回头看清单：以往年度正在解决或需以后解决的建议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_follow_ups.py" line="55" />
      <source>As of {date}; {count} cases</source>
      <translation>截至{date}，共{count}件</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_follow_ups.py" line="57" />
      <source>Follow-up list</source>
      <translation>回头看清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="20" />
      <source>Case</source>
      <translation>议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="23" />
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="25" />
      <source>Form</source>
      <translation>方式</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="26" />
      <source>People</source>
      <translation>见面人员</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="36" />
      <source>Meetings with deputies</source>
      <translation>三见面</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="38" />
      <source>Meetings with the deputies before, during and after handling, {year}</source>
      <translation>{year}年办前、办中、办后与代表见面情况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="60" />
      <source>Cases with meetings: {cases}; met before, during and after handling: {three}.</source>
      <translation>有见面记录的议案建议{cases}件，其中办前、办中、办后均与代表见面的{three}件。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_meetings.py" line="69" />
      <source>Meetings with deputies (三见面)</source>
      <translation>与代表见面情况（三见面）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="22" />
      <location filename="../../casebook/excel/export_projects.py" line="20" />
      <location filename="../../casebook/excel/export_projects.py" line="37" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="23" />
      <location filename="../../casebook/excel/export_opinions.py" line="39" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="24" />
      <source>Received on</source>
      <translation>收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="25" />
      <source>Voter</source>
      <translation>反映人</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="26" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="27" />
      <source>Deputy who received it</source>
      <translation>接待代表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="28" />
      <source>Opinion</source>
      <translation>意见内容</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="30" />
      <source>Passed on to</source>
      <translation>转交单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="31" />
      <source>Passed on</source>
      <translation>转交日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="32" />
      <source>Answered on</source>
      <translation>办复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="33" />
      <source>Answer</source>
      <translation>办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="34" />
      <source>Fed back on</source>
      <translation>反馈日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="35" />
      <source>Voter's view</source>
      <translation>群众评价</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="41" />
      <source>Town or district</source>
      <translation>所在镇（街道）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="42" />
      <source>Opinions received</source>
      <translation>收集件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="43" />
      <source>Opinions passed on</source>
      <translation>转交件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="44" />
      <source>Opinions answered</source>
      <translation>办复件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="45" />
      <source>Opinions fed back</source>
      <translation>反馈件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="46" />
      <source>Answer rate</source>
      <translation>办复率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="47" />
      <source>Feedback rate</source>
      <translation>反馈率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="48" />
      <source>Voters' satisfaction rate</source>
      <translation>群众满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="64" />
      <source>Opinions</source>
      <translation>群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="66" />
      <source>Opinions and suggestions of the public, {year}</source>
      <translation>{year}年群众意见建议登记表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="73" />
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="106" />
      <source>By station</source>
      <translation>按站点统计</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="108" />
      <source>Opinions of the public by station, {year}</source>
      <translation>{year}年各站点群众意见建议办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="109" />
      <location filename="../../casebook/excel/export_published.py" line="93" />
      <location filename="../../casebook/excel/export_ranking.py" line="38" />
      <source>As of {date}</source>
      <translation>截至{date}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="115" />
      <location filename="../../casebook/excel/export_reports.py" line="130" />
      <location filename="../../casebook/excel/export_reports.py" line="252" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_opinions.py" line="122" />
      <source>Opinions of the public</source>
      <translation>群众意见建议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="21" />
      <location filename="../../casebook/excel/export_projects.py" line="38" />
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="23" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="25" />
      <source>Voted on</source>
      <translation>票决日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="26" />
      <source>Votes for</source>
      <translation>赞成票</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="27" />
      <source>Votes cast</source>
      <translation>投票总数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="29" />
      <source>Year-end report</source>
      <translation>年终报告日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="30" />
      <location filename="../../casebook/excel/export_projects.py" line="92" />
      <source>Milestones</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="33" />
      <source>Year-end rating</source>
      <translation>年终测评</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="34" />
      <source>Latest progress</source>
      <translation>最新进展</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="39" />
      <source>Milestone</source>
      <translation>节点</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="40" />
      <source>Planned on</source>
      <translation>计划完成</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="43" />
      <source>Progress note</source>
      <translation>进展说明</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="64" />
      <source>Projects</source>
      <translation>项目</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="66" />
      <source>Livelihood projects of {year}</source>
      <translation>{year}年民生实事项目</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="94" />
      <source>Milestones of the livelihood projects of {year}</source>
      <translation>{year}年民生实事项目时间节点</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_projects.py" line="108" />
      <source>Livelihood projects</source>
      <translation>民生实事项目</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="20" />
      <source>Reply rate</source>
      <translation>办复率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="21" />
      <source>Closing rate</source>
      <translation>办结率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="23" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="24" />
      <source>Of</source>
      <translation>总数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="25" />
      <source>Share</source>
      <translation>占比</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="35" />
      <source>Shares</source>
      <translation>分类占比</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="39" />
      <source>Result class</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="41" />
      <source>Rating level</source>
      <translation>测评等次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="42" />
      <source>First-round rating level</source>
      <translation>初次测评等次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="47" />
      <location filename="../../casebook/excel/export_published.py" line="56" />
      <source>{section}: {label}</source>
      <translation>{section}：{label}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="61" />
      <source>Reply rate (replied ÷ cases)</source>
      <translation>办复率（已答复÷件数）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="62" />
      <source>Closing rate (closed ÷ cases)</source>
      <translation>办结率（已办结÷件数）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="68" />
      <source>Units, assisting and separate included</source>
      <translation>承办单位（含协办、分办）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="70" />
      <source>Units: {kind}</source>
      <translation>承办单位：{kind}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="71" />
      <source>Cases handled jointly</source>
      <translation>并案办理件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="72" />
      <source>Motions handled as suggestions</source>
      <translation>议案作为建议处理件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="73" />
      <source>Change in cases on the previous year</source>
      <translation>件数比上年增减</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_published.py" line="90" />
      <source>By session</source>
      <translation>按会议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_ranking.py" line="16" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_ranking.py" line="22" />
      <source>Handling units of deputies' motions in {year}: ranking</source>
      <translation>{year}年代表议案承办单位排名</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_ranking.py" line="24" />
      <source>Handling units of deputies' suggestions in {year}: ranking</source>
      <translation>{year}年代表建议承办单位排名</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_ranking.py" line="35" />
      <source>Ranking</source>
      <translation>承办单位排名</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="53" />
      <source>Register of deputies' motions</source>
      <translation>代表议案办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="55" />
      <source>Register of deputies' suggestions</source>
      <translation>代表建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="56" />
      <source>Register of deputies' motions and suggestions</source>
      <translation>代表议案建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="58" />
      <source>Register of deputies' motions, {year}</source>
      <translation>{year}年代表议案办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="60" />
      <source>Register of deputies' suggestions, {year}</source>
      <translation>{year}年代表建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="62" />
      <source>Register of deputies' motions and suggestions, {year}</source>
      <translation>{year}年代表议案建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="102" />
      <source>Register</source>
      <translation>台账</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="105" />
      <source>Handling history</source>
      <translation>办理过程</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="107" />
      <source>{title}: handling history</source>
      <translation>{title}（办理过程）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_register.py" line="111" />
      <source>Print</source>
      <translation>打印</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="75" />
      <source>Handling of deputies' motions: monthly report for {year}-{month:02d}</source>
      <translation>{year}年{month}月代表议案办理情况月报</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="77" />
      <source>Handling of deputies' suggestions: monthly report for {year}-{month:02d}</source>
      <translation>{year}年{month}月代表建议办理情况月报</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="97" />
      <source>Motions submitted in {year}; figures as of {date}</source>
      <translation>{year}年提出的代表议案，数据截至{date}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="99" />
      <source>Suggestions submitted in {year}; figures as of {date}</source>
      <translation>{year}年提出的代表建议，数据截至{date}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="102" />
      <source>; handled by: {kind}</source>
      <translation>；承办单位：{kind}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="127" />
      <source>By lead unit</source>
      <translation>按承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="131" />
      <location filename="../../casebook/excel/export_reports.py" line="255" />
      <source>A case with several lead units is counted under each; the total counts it once.</source>
      <translation>有多个主办单位的，在各主办单位分别统计；合计每件只计一次。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="137" />
      <source>Resolution rate chart</source>
      <translation>解决率图</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="144" />
      <source>Resolution rate by lead unit</source>
      <translation>各主办单位解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="193" />
      <source>Handling of deputies' motions in {year}: statistics table</source>
      <translation>{year}年代表议案办理情况统计表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="195" />
      <source>Handling of deputies' suggestions in {year}: statistics table</source>
      <translation>{year}年代表建议办理情况统计表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="236" />
      <source>Statistics table</source>
      <translation>统计表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_reports.py" line="259" />
      <source>Resolved: result {resolved}. Satisfaction rate: ({satisfied}) / rated.</source>
      <translation>解决：办理结果为{resolved}。满意率：（{satisfied}）÷已测评件数。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="22" />
      <source>Group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="23" />
      <source>Cases in the group</source>
      <translation>组内件数</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="24" />
      <source>Years</source>
      <translation>提出年度</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="25" />
      <source>Resolved in some year</source>
      <translation>曾解决</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="76" />
      <source>Suggestions and motions submitted again in different years</source>
      <translation>历年重复提出的建议议案</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="77" />
      <source>{groups} groups of similar cases ({unresolved} never resolved), {cases} cases; similarity at least {score:.2f}, at least {years} years</source>
      <translation>相似案件{groups}组（其中{unresolved}组历年均未解决），共{cases}件；相似度不低于{score:.2f}，至少跨{years}个年度</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_similar.py" line="89" />
      <source>Submitted again</source>
      <translation>重复提出</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_units.py" line="47" />
      <source>{register}: cases assigned to each unit</source>
      <translation>{register}（各承办单位交办清单）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_units.py" line="50" />
      <source>Assigned cases</source>
      <translation>交办清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/export_units.py" line="58" />
      <source>{unit}: cases assigned</source>
      <translation>{unit}交办清单</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/print_sheet.py" line="145" />
      <location filename="../../casebook/excel/sheets.py" line="324" />
      <source>Page &amp;P of &amp;N</source>
      <translation>第 &amp;P 页，共 &amp;N 页</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="31" />
      <source>Assign</source>
      <translation>交办</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="32" />
      <source>Acknowledge receipt</source>
      <translation>签收</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="33" />
      <source>Change handling unit</source>
      <translation>调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="34" />
      <source>Reply</source>
      <translation>答复</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="35" />
      <source>Record rating</source>
      <translation>测评</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="36" />
      <source>Re-handle</source>
      <translation>重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="37" />
      <source>Close</source>
      <translation>办结</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="38" />
      <source>Follow-up review</source>
      <translation>回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="39" />
      <source>Handle as a suggestion</source>
      <translation>转为建议</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="40" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="41" />
      <source>Supervision</source>
      <translation>督办</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="42" />
      <source>Handle jointly</source>
      <translation>并案</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="68" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="69" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="78" />
      <source>Previous unit: {unit}</source>
      <translation>原单位：{unit}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="79" />
      <source>{session} No. {number}</source>
      <translation>{session}第{number}号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="80" />
      <source>{kind}: {notes}</source>
      <translation>{kind}：{notes}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/register_values.py" line="81" />
      <source> (participants: {participants})</source>
      <translation>（参加人员：{participants}）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="29" />
      <source>Overview</source>
      <translation>概况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="65" />
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="74" />
      <source>Met in person</source>
      <translation>当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="92" />
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="95" />
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="96" />
      <source>Target (%)</source>
      <translation>目标(%)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="97" />
      <source>Short by (points)</source>
      <translation>尚差(个百分点)</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="98" />
      <source>Where it stands</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/report_overview.py" line="118" />
      <source>Compared with: the cases of {previous}, as of {date}.</source>
      <translation>比较对象：{previous}的件，截至{date}。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="33" />
      <source>Register (every case and its handling history)</source>
      <translation>办理台账（全部案件及办理过程）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="34" />
      <source>Lists of assigned cases, one sheet per handling unit</source>
      <translation>交办清单（每个承办单位一张工作表）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="35" />
      <source>Monthly report (as of the month's last day)</source>
      <translation>月度通报（截至当月最后一天）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="36" />
      <source>Annual statistics table</source>
      <translation>年度办理情况统计表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="39" />
      <source>Register</source>
      <translation>办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="40" />
      <source>Lists by handling unit</source>
      <translation>各承办单位交办清单</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="41" />
      <source>Monthly report</source>
      <translation>月度通报</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="42" />
      <source>Statistics table</source>
      <translation>办理情况统计表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="51" />
      <source>Export to Excel</source>
      <translation>导出为Excel</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="58" />
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="62" />
      <source>Suggestions and motions</source>
      <translation>建议和议案</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="66" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="78" />
      <source>Workbook</source>
      <translation>导出内容</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="79" />
      <source>Year of submission</source>
      <translation>提出年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="80" />
      <source>Month</source>
      <translation>月份</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="82" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="83" />
      <source>Save as</source>
      <translation>保存为</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="105" />
      <source>Save the workbook as</source>
      <translation>工作簿保存为</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="107" />
      <location filename="../../casebook/ui/dialogs/workbook.py" line="21" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="130" />
      <source>A report is of one year's cases: choose the year of submission.</source>
      <translation>通报和统计表按一个年度的案件编制，请选择提出年度。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="132" />
      <source>Choose where to save the workbook.</source>
      <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="135" />
      <source>The workbook's name must end in .xlsx.</source>
      <translation>工作簿文件名须以 .xlsx 结尾。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/export.py" line="137" />
      <source>There is no folder {folder}.</source>
      <translation>文件夹 {folder} 不存在。</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="23" />
      <source>the number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="24" />
      <source>the title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="25" />
      <source>the name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="26" />
      <source>the position</source>
      <translation>工作单位及职务</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="27" />
      <source>the phone number</source>
      <translation>联系电话</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="28" />
      <source>designated by</source>
      <translation>确定重点督办的机构</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="29" />
      <source>signed by</source>
      <translation>签发人</translation>
    </message>
  </context>
  <context>
    <name>FileJobs</name>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="144" />
      <source>Cancelled. Nothing was changed.</source>
      <translation>已取消，数据未作任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="160" />
      <source>The file could not be read or written: {reason} {where}</source>
      <translation>文件无法读取或写入：{reason} {where}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="187" />
      <source>Import a ledger</source>
      <translation>导入台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="189" />
      <source>Excel ledgers (*.xlsx *.xls)</source>
      <translation>Excel台账 (*.xlsx *.xls)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="238" />
      <source>Checking the ledger {name}</source>
      <translation>正在检查台账 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="272" />
      <source>Save refused rows</source>
      <translation>保存未导入的行</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/jobs/files.py" line="278" />
      <source>%n refused rows written to {path}.</source>
      <translation>
        <numerusform>已将%n行未导入的数据写入 {path}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="296" />
      <source>Importing {name}</source>
      <translation>正在导入 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="303" />
      <source>Import finished</source>
      <translation>导入完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="310" />
      <location filename="../../casebook/ui/jobs/files.py" line="328" />
      <source>Writing {name}</source>
      <translation>正在写入 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="333" />
      <source>Written: {path}</source>
      <translation>已导出：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="342" />
      <source>Backing up the database</source>
      <translation>正在备份数据库</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="345" />
      <source>Backup</source>
      <translation>备份</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="346" />
      <source>The database was copied to {path}.</source>
      <translation>数据库已备份到 {path}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="355" />
      <source>Only a database file can be restored here; a server has its own tools.</source>
      <translation>只有数据库文件可以在这里恢复；服务器数据库请使用服务器自己的工具。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="360" />
      <location filename="../../casebook/ui/jobs/files.py" line="368" />
      <location filename="../../casebook/ui/jobs/files.py" line="354" />
      <location filename="../../casebook/ui/jobs/files.py" line="385" />
      <source>Restore a backup</source>
      <translation>恢复备份</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="362" />
      <source>Casebook databases (*.sqlite)</source>
      <translation>台账数据库 (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="369" />
      <source>Replace the register with the backup {file}? The database as it is now is kept beside it, so this can be undone by restoring that file.</source>
      <translation>用备份 {file} 替换当前台账吗？当前数据库会另存一份在旁边，恢复那份文件即可撤销这次操作。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="386" />
      <source>Restored {backup}. The database as it was is kept in {kept}.</source>
      <translation>已恢复 {backup}。恢复前的数据库另存为 {kept}。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="392" />
      <source>Restoring {name}</source>
      <translation>正在恢复 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="404" />
      <source>Load the demonstration data</source>
      <translation>载入演示数据</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="405" />
      <source>This database already holds cases or reference data. Replace everything in it with the demonstration data? The office settings stay. This cannot be undone.</source>
      <translation>本数据库已有案件或基础数据。是否用演示数据替换其中全部内容？办理规则设置保留不变。此操作无法撤销。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="423" />
      <source>Loading the demonstration data</source>
      <translation>正在载入演示数据</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="432" />
      <source>Stopped: {cases} demonstration cases were loaded, each one complete.</source>
      <translation>已停止：已载入{cases}件演示案件，每件均完整。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/jobs/files.py" line="436" />
      <source>Demonstration data loaded: {cases} cases, {deputies} deputies, {units} handling units.</source>
      <translation>演示数据已载入：案件{cases}件，代表{deputies}名，承办单位{units}个。</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="29" />
      <source>User guide</source>
      <translation>使用说明</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="37" />
      <source>The guide is missing from this installation: {path}</source>
      <translation>本安装缺少使用说明文件：{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="63" />
      <source>Save the case (in the case window)</source>
      <translation>保存（办理窗口中）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="64" />
      <source>Open the case (in a list)</source>
      <translation>打开案件（列表中）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="64" />
      <source>Double-click or Enter</source>
      <translation>双击或回车</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="65" />
      <source>Close a window without saving</source>
      <translation>关闭窗口（不保存）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="74" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="77" />
      <source>Command</source>
      <translation>命令</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/help_window.py" line="77" />
      <source>Keys</source>
      <translation>按键</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="130" />
      <source>… and {count} more refused rows.</source>
      <translation>……另有 {count} 行未导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ledger_import.py" line="133" />
      <source>Refused rows written to {path} ({count}).</source>
      <translation>未导入的行已写入 {path}（{count} 行）。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reading.py" line="101" />
      <source>“{name}” could not be opened: {error}</source>
      <translation>无法打开“{name}”：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reading.py" line="105" />
      <source>“{name}” is {size}, over the limit of {limit} for a ledger.</source>
      <translation>“{name}”大小为 {size}，超过台账文件 {limit} 的上限。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reading.py" line="176" />
      <source>“{name}” would unpack to {size}, far more than a ledger holds, so it was not opened (it may be a zip bomb).</source>
      <translation>“{name}”解压后将达 {size}，远超台账应有的大小，未予打开（可能是压缩炸弹）。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/rejects.py" line="48" />
      <source>Row</source>
      <translation>原行号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/rejects.py" line="48" />
      <source>Reason</source>
      <translation>未导入原因</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/rejects.py" line="62" />
      <source>Refused rows</source>
      <translation>未导入的行</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/sheet_cells.py" line="101" />
      <source>Sheet “{sheet}” of “{name}” spans {rows} rows and {columns} columns, far more than a ledger holds, so the file was not imported.</source>
      <translation>“{name}”的工作表“{sheet}”跨 {rows} 行、{columns} 列，远超台账应有的规模，未予导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/sheet_cells.py" line="256" />
      <source>“{name}” has a value in cell {cell} of sheet “{sheet}”, outside the {rows} rows and {columns} columns a ledger may have. Delete what is below or right of the ledger and import it again.</source>
      <translation>“{name}”的工作表“{sheet}”中单元格 {cell} 有内容，超出了台账最多 {rows} 行、{columns} 列的范围。请删除台账下方或右侧的内容后重新导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/workbook_errors.py" line="44" />
      <source>“{name}” is not an Excel workbook (.xlsx or .xls), so nothing was imported.</source>
      <translation>“{name}”不是 Excel 工作簿（.xlsx 或 .xls），未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/workbook_errors.py" line="50" />
      <source>“{name}” is protected by a password. Open it in Excel or WPS, save a copy without the password, and import that copy.</source>
      <translation>“{name}”设有密码保护。请在 Excel 或 WPS 中打开，另存一份不带密码的副本，再导入该副本。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/workbook_errors.py" line="61" />
      <source>Cell {cell} of sheet “{sheet}” in “{name}” holds {length} characters, more than Excel allows in a cell ({limit}), so the file was not made by Excel or WPS and was not imported.</source>
      <translation>“{name}”的工作表“{sheet}”中单元格 {cell} 有 {length} 个字符，超过 Excel 单元格的上限（{limit}），该文件不是由 Excel 或 WPS 生成的，未予导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/workbook_errors.py" line="85" />
      <source>“{name}” contains XML entity declarations or external references, which no workbook has (they are a way to attack the programs that open a file), so it was not opened.</source>
      <translation>“{name}”含有 XML 实体声明或外部引用，正常的工作簿不会有这些内容（这是攻击打开文件的程序的一种手段），未予打开。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/workbook_errors.py" line="95" />
      <source>“{name}” is damaged and could not be read ({error}).</source>
      <translation>“{name}”已损坏，无法读取（{error}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/headers.py" line="303" />
      <source>--map “{option}”: “{target}” is not a field of a case; use one of {fields}, or nothing after “=” for a column not to read.</source>
      <translation>--map “{option}”：“{target}”不是案件的字段；请用 {fields} 之一，或在“=”后留空表示不读该列。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="217" />
      <source>The import was cancelled; nothing was changed.</source>
      <translation>导入已取消，未作任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="222" />
      <source>its case ({sheet} row {line}) was not imported</source>
      <translation>所属案件（{sheet} 第{line}行）未导入</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="235" />
      <source>there is no case No. {number} to join</source>
      <translation>没有可并案的第{number}号案件</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="243" />
      <source>no case row of the ledger has this session and number</source>
      <translation>台账中没有该届次会议和编号的案件行</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="257" />
      <location filename="../../casebook/services/ledger/report.py" line="221" />
      <source>{sheet} row {line}: {reason}</source>
      <translation>{sheet} 第{line}行：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="263" />
      <location filename="../../casebook/services/ledger/rows.py" line="344" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="267" />
      <source>the row names no session (届次会议), and none was given for the whole file</source>
      <translation>该行未写明届次会议，导入时也未指定届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="320" />
      <source>{sheet} row {line}</source>
      <translation>{sheet} 第{line}行</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/importing.py" line="322" />
      <source>the number {number} is in this file more than once (also {rows}): neither row was imported</source>
      <translation>编号 {number} 在本文件中出现不止一次（另见 {rows}）：这些行都未导入</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/mappings.py" line="90" />
      <source>--map-value “{option}”: “{target}” is neither a result class ({codes}; 无 for no result yet), nor a rating ({levels}), nor a contact method (当面、座谈、电话、书面).</source>
      <translation>--map-value “{option}”：“{target}”既不是办理结果类别（{codes}；尚无结果的写“无”），也不是测评意见（{levels}），也不是沟通方式（当面、座谈、电话、书面）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/mappings.py" line="107" />
      <source>{name} “{option}” must be written as “text=what it means”.</source>
      <translation>{name} “{option}”应写成“文字=含义”。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="146" />
      <source>there is no {what} called “{name}” (near names: {near})</source>
      <translation>没有名为“{name}”的{what}（相近的名称：{near}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="148" />
      <source>there is no {what} called “{name}”</source>
      <translation>没有名为“{name}”的{what}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="196" />
      <source>handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="199" />
      <source>deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="202" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="204" />
      <source>station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="219" />
      <source>the row has no opinion (意见内容)</source>
      <translation>该行没有意见内容</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="222" />
      <source>the row names no station</source>
      <translation>该行没有写明站点</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="240" />
      <source>the row has no date of collection</source>
      <translation>该行没有收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="254" />
      <source>the row has an answer or a feedback but no unit it was passed on to</source>
      <translation>该行有办理情况或反馈情况，但没有写明转交的承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/project_list.py" line="51" />
      <source>All of the year's work done (the list's planned date)</source>
      <translation>完成全年目标任务（清单计划完成时间）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/project_list.py" line="120" />
      <source>the project has no name</source>
      <translation>项目没有名称</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/project_list.py" line="123" />
      <source>the project has no lead unit</source>
      <translation>项目没有主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/project_list.py" line="178" />
      <source>“{value}” is not a vote count</source>
      <translation>“{value}”不是票数</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="74" />
      <source>New sessions ({count}): {names}</source>
      <translation>新增届次会议（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="75" />
      <source>New delegations ({count}): {names}</source>
      <translation>新增代表团（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="76" />
      <source>New deputies ({count}): {names}</source>
      <translation>新增代表（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="77" />
      <source>New handling units ({count}): {names}</source>
      <translation>新增承办单位（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="78" />
      <source>New categories ({count}): {names}</source>
      <translation>新增类别（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="79" />
      <source>New leaders ({count}): {names}</source>
      <translation>新增领导（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="80" />
      <source>New special committees ({count}): {names}</source>
      <translation>新增专门委员会（{count}）：{names}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="84" />
      <source>Delegations read as the register names them: {names}.</source>
      <translation>代表团按已登记的名称读取：{names}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="85" />
      <source>Handling units read as the register names them: {names}.</source>
      <translation>承办单位按已登记的名称读取：{names}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="93" />
      <source>Dry run: nothing was changed. The import would do this:</source>
      <translation>试运行：未作任何改动。导入将会：</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="95" />
      <source>Cases: {created} new, {updated} updated, {unchanged} unchanged, {rejected} refused.</source>
      <translation>案件：新增 {created} 件，更新 {updated} 件，无变化 {unchanged} 件，未导入 {rejected} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="101" />
      <source>Handling steps recorded: {steps}.</source>
      <translation>录入办理步骤 {steps} 项。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="104" />
      <source>Rows of the handling history refused: {count}.</source>
      <translation>办理过程中未导入的行：{count} 行。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="123" />
      <source>Case numbers read as the register writes them ({count}): {numbers}.</source>
      <translation>编号按已登记的写法读取（{count}）：{numbers}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="132" />
      <source>Passed over: {blank} blank rows, {subtotals} subtotal rows, {headings} section headings.</source>
      <translation>已跳过：空行 {blank} 行，合计行 {subtotals} 行，分类标题行 {headings} 行。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="138" />
      <source>Passed over {count} notes under the table (注：…, 填表人：…).</source>
      <translation>已跳过表格下方的说明 {count} 行（注：…、填表人：…）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="144" />
      <source>Columns read: {columns}.</source>
      <translation>已读取的列：{columns}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="150" />
      <source>Columns not read: {columns}.</source>
      <translation>未读取的列：{columns}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="154" />
      <source>Session {name}: year {year}, first day {day}.</source>
      <translation>会议 {name}：{year} 年度，首日 {day}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="163" />
      <source>Result wordings read by their cues (all pointing to one class): {count} rows.</source>
      <translation>按关键词读取的办理结果写法（关键词都指向同一类）：{count} 行。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="169" />
      <source>Wording “{wording}” ({kind}) is not mapped: {count} rows refused; choose its meaning in the import preview, or map it with --map-value.</source>
      <translation>写法“{wording}”（{kind}）尚未对应：{count} 行未导入；请在导入预览中选择其含义，或用 --map-value 对应。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="177" />
      <source>{case}: {field} was changed in the program (“{program}”); kept, the ledger says “{ledger}”.</source>
      <translation>{case}：{field}已在程序中修改（“{program}”），予以保留；台账中为“{ledger}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="182" />
      <source>Import again with --overwrite to take the ledger's values instead.</source>
      <translation>如要改用台账中的值，请加 --overwrite 重新导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="185" />
      <source>{case}: {field} “{program}” (changed in the program) replaced by “{ledger}”.</source>
      <translation>{case}：{field}“{program}”（在程序中修改过）已改为“{ledger}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="201" />
      <source> (by similarity)</source>
      <translation>（按相似度）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="201" />
      <source> (as mapped)</source>
      <translation>（按指定）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="203" />
      <source>result class</source>
      <translation>办理结果类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="204" />
      <source>rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="205" />
      <source>contact method</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="208" />
      <source>Submission dates inferred from the session's first day: {count}.</source>
      <translation>按会议首日推定的提出日期：{count} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="209" />
      <source>Submission dates inferred as 1 January of the session's year: {count}.</source>
      <translation>按会议年度1月1日推定的提出日期：{count} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="210" />
      <source>Submission dates inferred from the row's earliest date: {count}.</source>
      <translation>按该行最早日期推定的提出日期：{count} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="211" />
      <source>Assignment dates inferred as the submission date: {count}.</source>
      <translation>按提出日期推定的交办日期：{count} 件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="212" />
      <source>Reply dates inferred from the row's latest date: {count}.</source>
      <translation>按该行最晚日期推定的答复日期：{count} 件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="213" />
      <source>Reply dates inferred from the ledger's own date: {count}.</source>
      <translation>按台账填报日期推定的答复日期：{count} 件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="214" />
      <source>Reply dates inferred as 31 December of the session's year: {count}.</source>
      <translation>按会议年度12月31日推定的答复日期：{count} 件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="215" />
      <source>Rating dates inferred as the reply date: {count}.</source>
      <translation>按答复日期推定的测评日期：{count} 件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/report.py" line="216" />
      <source>Replies kept without a result class (not yet classified): {count}.</source>
      <translation>已答复但未分类（尚无办理结果类别）：{count} 件次。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/rows.py" line="130" />
      <source>No ledger header was found in “{name}”: the table needs a header row with a title column (标题, 题目 or 建议名称) and two more known columns such as 序号 and 提出人.</source>
      <translation>“{name}”中找不到台账表头：表格需要有一行表头，含标题列（标题、题目或建议名称）以及另外两个可识别的列，如序号和提出人。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/rows.py" line="226" />
      <location filename="../../casebook/services/ledger/rows.py" line="244" />
      <source>{column}: {reason}</source>
      <translation>{column}：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/rows.py" line="267" />
      <source>the row has no number (编号)</source>
      <translation>该行没有编号</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/rows.py" line="269" />
      <source>the row has no title (标题)</source>
      <translation>该行没有标题</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/rows.py" line="343" />
      <source>the row names no case, step or date</source>
      <translation>该行未写明案件、步骤或日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/sessions.py" line="73" />
      <source>Nothing in the ledger gives the year of session “{name}” (no year in its title rows, sheet name or file name, and no date in its rows). Import it again with --session-date YYYY-MM-DD (the session's first day), or choose the date in the import preview.</source>
      <translation>台账中没有任何信息给出会议“{name}”的年度（标题行、工作表名、文件名中都没有年份，各行也没有日期）。请加上 --session-date YYYY-MM-DD（会议首日）重新导入，或在导入预览中选择日期。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="47" />
      <source>the row has a reply, result or rating but no handling unit (承办单位)</source>
      <translation>该行有答复、办理结果或测评意见，但没有承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="49" />
      <source>the row has handling dates or results but no assignment date (交办日期)</source>
      <translation>该行有办理日期或结果，但没有交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="52" />
      <source>the row has an assignment date but no handling unit (主办单位)</source>
      <translation>该行有交办日期，但没有主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="59" />
      <source>the row has a result (办理结果) but no reply date (答复日期)</source>
      <translation>该行有办理结果，但没有答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="79" />
      <source>the row has a rating (代表意见) but no rating or reply date</source>
      <translation>该行有代表意见，但没有测评日期或答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="164" />
      <source>a change of unit (调整承办单位) must name the old unit as 「原单位：…」</source>
      <translation>调整承办单位须以「原单位：…」写明原承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="190" />
      <source>the rating is by {deputy}, who did not sign this case</source>
      <translation>测评人{deputy}不是该案件的提出或联名代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="244" />
      <source>the step names no handling unit (单位)</source>
      <translation>该步骤未写明承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/steps.py" line="251" />
      <source>{unit} is not handling this case in round {round}</source>
      <translation>{unit}未承办该案件第{round}轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="83" />
      <source>the date {value} is not between {first} and {last}</source>
      <translation>日期 {value} 不在 {first} 年至 {last} 年之间</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="131" />
      <source>“{value}” has no year: write the whole date, e.g. {example}</source>
      <translation>“{value}”没有年份：请写出完整日期，如“{example}”</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="138" />
      <source>“{value}” is not a date</source>
      <translation>“{value}”不是日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="222" />
      <source>“{value}” is neither 是 nor 否</source>
      <translation>“{value}”既不是“是”也不是“否”</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="332" />
      <source>“{value}” is not one of {words}</source>
      <translation>“{value}”不是以下之一：{words}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/values.py" line="356" />
      <source>“{value}” is not a number</source>
      <translation>“{value}”不是数字</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/wordings.py" line="72" />
      <source>the result “{value}” could be class {candidates}, so it is not guessed: map it once to one of {codes} with --map-value {example} (or in the import preview)</source>
      <translation>办理结果“{value}”可能属于 {candidates} 类，不作猜测：请用 --map-value {example} 将其一次性对应为 {codes} 之一（或在导入预览中选择）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/wordings.py" line="81" />
      <source>“{value}” is not a result category ({codes}) the office knows: map it once with --map-value {example}, giving its class, or 无 when it means there is no result yet (or choose in the import preview)</source>
      <translation>“{value}”不是本单位已知的办理结果类别（{codes}），不作猜测：请用 --map-value {example} 一次性对应，写明其类别；表示尚无办理结果的写“无”（或在导入预览中选择）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/wordings.py" line="140" />
      <source>“{value}” is not a rating ({levels}) the office knows: map it once with --map-value "{value}={first}" (or in the import preview)</source>
      <translation>“{value}”不是本单位已知的测评意见（{levels}），不作猜测：请用 --map-value "{value}={first}" 一次性对应（或在导入预览中选择）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/wordings.py" line="165" />
      <source>“{value}” is not a contact method ({words}) the office knows: map it once with --map-value "{value}=当面" (or in the import preview)</source>
      <translation>“{value}”不是本单位已知的沟通方式（{words}），不作猜测：请用 --map-value "{value}=当面" 一次性对应（或在导入预览中选择）</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="29" />
      <source>Column of the ledger</source>
      <translation>台账的列</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="30" />
      <source>Read as</source>
      <translation>读作</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="31" />
      <source>Found by</source>
      <translation>识别方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="36" />
      <source>known header</source>
      <translation>已知表头</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="37" />
      <source>similar header</source>
      <translation>相似表头</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="38" />
      <source>your mapping</source>
      <translation>您的指定</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="39" />
      <source>not read</source>
      <translation>不读取</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="44" />
      <source>(not read)</source>
      <translation>（不读取）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="80" />
      <source>Wording</source>
      <translation>写法</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="81" />
      <source>Kind</source>
      <translation>种类</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="82" />
      <source>Rows</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="83" />
      <source>Means</source>
      <translation>含义</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="87" />
      <source>result class</source>
      <translation>办理结果类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="88" />
      <source>rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="89" />
      <source>contact method</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="93" />
      <source>No result yet (still being handled)</source>
      <translation>尚无办理结果（仍在办理）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_mapping.py" line="103" />
      <source>(choose)</source>
      <translation>（请选择）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="61" />
      <source>Import {name}</source>
      <translation>导入 {name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="68" />
      <source>as the ledger says</source>
      <translation>按台账所写</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="72" />
      <source>First day of a new session:</source>
      <translation>新建会议的首日：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="76" />
      <source>Check again</source>
      <translation>重新检查</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="89" />
      <source>Import {count} cases</source>
      <translation>导入{count}件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="96" />
      <source>Save refused rows…</source>
      <translation>保存未导入的行…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="105" />
      <source>Session of every row:</source>
      <translation>各行所属会议：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="114" />
      <source>Columns ({count})</source>
      <translation>列（{count}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="117" />
      <source>Unmapped wordings ({count})</source>
      <translation>未对应的写法（{count}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="123" />
      <source>{count} rows are refused and will not be imported; each is listed with its reason. Correct them in the ledger and import it again (rows already imported are recognised).</source>
      <translation>有{count}行不能导入，下面逐行列出原因。请在台账中改正后重新导入（已导入的行会被识别，不会重复）。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="150" />
      <source>Check again first: the preview shows the import.</source>
      <translation>请先重新检查：预览显示导入将做的事。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="159" />
      <source>{name} refused rows.xlsx</source>
      <translation>{name} 未导入的行.xlsx</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="162" />
      <source>Save refused rows</source>
      <translation>保存未导入的行</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/import_preview.py" line="164" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
  </context>
  <context>
    <name>Letters</name>
    <message>
      <location filename="../../casebook/excel/letter_files.py" line="62" />
      <source>The office's letter template folder {folder} (setting letter_templates) is not there: correct the setting, or leave it empty to use the shipped templates.</source>
      <translation>本单位的函件模板文件夹 {folder}（设置项 letter_templates）不存在：请改正该设置，或将其清空以使用程序自带的模板。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/letter_files.py" line="101" />
      <source>The letter template {path} is not a Word document (.docx): {error}</source>
      <translation>函件模板 {path} 不是 Word 文档（.docx）：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/letter_files.py" line="117" />
      <source>The letter template {path} has an error in paragraph {number} («{text}»): {error}</source>
      <translation>函件模板 {path} 第{number}段（«{text}»）有错误：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/letter_files.py" line="127" />
      <source>The letter template {path} could not be filled in: {error}</source>
      <translation>函件模板 {path} 无法填写：{error}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casebook/ui/dialogs/trail_check.py" line="17" />
      <source>Verify the audit trail</source>
      <translation>校验审计日志</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="122" />
      <source>Casebook — register of deputies' motions and suggestions</source>
      <translation>代表议案建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="127" />
      <location filename="../../casebook/ui/main_window.py" line="152" />
      <source>Opening the register…</source>
      <translation>正在打开台账…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="188" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="276" />
      <source>Language</source>
      <translation>界面语言</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="277" />
      <source>The new language is used from the next start of Casebook.</source>
      <translation>新的界面语言将在下次启动本程序时生效。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="307" />
      <source>This database has accounts now: sign in to go on.</source>
      <translation>本数据库现在设有账户：请登录后继续。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="323" />
      <source>Not signed in</source>
      <translation>未登录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="326" />
      <source>Local administrator (no accounts)</source>
      <translation>本机管理员（未设账户）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="327" />
      <source>Computer user: {name}</source>
      <translation>本机用户：{name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="330" />
      <source>Signed in: {name} ({role})</source>
      <translation>已登录：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="334" />
      <source>Account: {name}</source>
      <translation>账户：{name}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="386" />
      <source>Signed out. Sign in as another user, or quit.</source>
      <translation>已退出登录。请以其他用户登录，或退出程序。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="393" />
      <source>Your password has been changed.</source>
      <translation>您的密码已修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="401" />
      <source>The first account has been created: from now on everyone signs in to this database. Sign in with it to go on.</source>
      <translation>第一个账户已创建：从现在起，所有人都要登录才能使用本数据库。请用该账户登录后继续。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="421" />
      <source>{register}; {overdue}, {soon}</source>
      <translation>{register}；{overdue}，{soon}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="422" />
      <source>%n cases in the register</source>
      <translation>
        <numerusform>台账共%n件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="423" />
      <source>%n replies overdue</source>
      <translation>
        <numerusform>逾期未答复%n件次</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/main_window.py" line="424" />
      <source>%n due this week</source>
      <translation>
        <numerusform>本周到期%n件次</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="499" />
      <source>{recorded} replies recorded, {refused} refused.</source>
      <translation>已记录答复{recorded}条，拒收{refused}条。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="504" />
      <source>Units' reply forms</source>
      <translation>单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="560" />
      <source>Welcome to Casebook</source>
      <translation>欢迎使用代表议案建议办理台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="561" />
      <source>This register is empty. How would you like to begin?</source>
      <translation>当前台账还没有数据。您想从哪里开始？</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="563" />
      <source>The demonstration data are a complete register of 2021–2023 to try every function with; they can be replaced later. A ledger is an Excel workbook (.xlsx or .xls) of earlier years.</source>
      <translation>演示数据是2021—2023年的一套完整台账，可用来试用各项功能，以后可以替换。台账指以往年度的Excel工作簿（.xlsx或.xls）。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="569" />
      <source>Load the demonstration data</source>
      <translation>载入演示数据</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="570" />
      <source>Import a ledger…</source>
      <translation>导入台账…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="571" />
      <source>Start with an empty register</source>
      <translation>从空台账开始</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="594" />
      <source>Casebook {version}
The register of deputies' motions and suggestions (代表议案建议办理台账)

Database: {location}
Schema revision: {revision}</source>
      <translation>代表议案建议办理台账 {version}

数据库：{location}
数据库结构版本：{revision}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/main_window.py" line="621" />
      <source>About Casebook</source>
      <translation>关于</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="23" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="25" />
      <source>&amp;New case</source>
      <translation>登记议案建议(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="28" />
      <source>&amp;Import a ledger…</source>
      <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="31" />
      <source>&amp;Export to Excel…</source>
      <translation>导出Excel(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="34" />
      <source>Load the &amp;demonstration data…</source>
      <translation>载入演示数据(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="37" />
      <source>&amp;Back up the database</source>
      <translation>备份数据库(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="40" />
      <source>&amp;Restore a backup…</source>
      <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="42" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="50" />
      <source>Read in units' reply &amp;forms…</source>
      <translation>导入单位答复表(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="53" />
      <source>&amp;Letters and reply forms for units…</source>
      <translation>致承办单位的函件和答复表(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="62" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="63" />
      <source>&amp;Find</source>
      <translation>查找(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="65" />
      <source>&amp;View</source>
      <translation>查看(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="66" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="68" />
      <source>&amp;User</source>
      <translation>用户(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="70" />
      <source>&amp;Switch user…</source>
      <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="72" />
      <source>Change my &amp;password…</source>
      <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="75" />
      <source>&amp;Manage accounts</source>
      <translation>账户管理(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="78" />
      <source>Audit &amp;trail</source>
      <translation>审计日志(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="81" />
      <source>Only on a database with accounts.</source>
      <translation>仅适用于设有账户的数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="86" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="88" />
      <source>User &amp;guide</source>
      <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="92" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="94" />
      <source>&amp;About Casebook</source>
      <translation>关于本程序(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="96" />
      <source>&amp;Verify the audit trail</source>
      <translation>校验审计日志(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_menus.py" line="98" />
      <source>Main</source>
      <translation>工具栏</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="24" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="25" />
      <source>Statistics</source>
      <translation>统计</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="26" />
      <source>Unit ranking</source>
      <translation>承办单位排名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="27" />
      <source>Supervision</source>
      <translation>督办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="28" />
      <source>Livelihood projects</source>
      <translation>民生实事</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="29" />
      <source>Voters' opinions</source>
      <translation>群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="30" />
      <source>Reference data</source>
      <translation>基础数据</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="31" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="32" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/window_views.py" line="33" />
      <source>Accounts</source>
      <translation>账户</translation>
    </message>
  </context>
  <context>
    <name>Opinions</name>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="34" />
      <source>Answer rate</source>
      <translation>办复率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="35" />
      <source>Feedback rate</source>
      <translation>反馈率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="36" />
      <source>Voters' satisfaction rate</source>
      <translation>群众满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="45" />
      <source>Liaison station</source>
      <translation>代表联络站</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="46" />
      <source>Deputies' home</source>
      <translation>人大代表之家</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="47" />
      <source>Deputy group</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="48" />
      <source>Registered</source>
      <translation>已登记</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="49" />
      <location filename="../../casebook/ui/views/opinion_figures.py" line="132" />
      <source>Passed on</source>
      <translation>已转交</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="50" />
      <location filename="../../casebook/ui/views/opinion_figures.py" line="133" />
      <source>Answered</source>
      <translation>已办复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="51" />
      <location filename="../../casebook/ui/views/opinion_figures.py" line="134" />
      <source>Fed back</source>
      <translation>已反馈</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="52" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="85" />
      <source>Opinion {year}-{serial}</source>
      <translation>意见{year}-{serial}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="91" />
      <source>{sheet}: {registered} opinions registered, {refused} rows refused</source>
      <translation>{sheet}：登记意见{registered}件，拒收{refused}行</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="97" />
      <source>Numbers {first} to {last}</source>
      <translation>编号{first}至{last}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="103" />
      <source>{count} steps had no date of their own and took the date of the step before</source>
      <translation>{count}个办理环节未填日期，按上一环节的日期登记</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="109" />
      <source>Columns not read (no field of an opinion has that name): {headers}</source>
      <translation>未读取的列（不是群众意见登记表的栏目）：{headers}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="114" />
      <source>Row {row} refused: {reason}</source>
      <translation>第{row}行未导入：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="119" />
      <source>… and {count} more refused rows.</source>
      <translation>……另有{count}行未导入。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_files.py" line="34" />
      <source>Import a station's opinion sheet</source>
      <translation>导入站点的群众意见登记表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_files.py" line="36" />
      <source>Excel workbooks (*.xlsx *.xls)</source>
      <translation>Excel 工作簿 (*.xlsx *.xls)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_files.py" line="44" />
      <source>Export the opinions</source>
      <translation>导出群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_files.py" line="45" />
      <source>Opinions of the public {year}</source>
      <translation>{year}年群众意见建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_files.py" line="55" />
      <source>Wrote {count} opinions and {stations} stations to {path}</source>
      <translation>已将{count}件意见和{stations}个站点写入{path}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="27" />
      <source>New opinion of the public</source>
      <translation>登记群众意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="31" />
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="35" />
      <location filename="../../casebook/ui/views/opinion_figures.py" line="130" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="62" />
      <location filename="../../casebook/ui/views/opinions.py" line="63" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="36" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="63" />
      <location filename="../../casebook/ui/views/opinions.py" line="62" />
      <source>Received on</source>
      <translation>收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="37" />
      <source>Voter (leave empty: anonymous)</source>
      <translation>反映人（不填为匿名）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="38" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="66" />
      <source>Contact</source>
      <translation>联系方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="39" />
      <source>Summary</source>
      <translation>事由</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="40" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="68" />
      <location filename="../../casebook/ui/views/opinions.py" line="65" />
      <source>Opinion</source>
      <translation>意见内容</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="42" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="64" />
      <source>Deputy who received it</source>
      <translation>接待代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="44" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="67" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="59" />
      <source>Pass on to a unit</source>
      <translation>转交承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="61" />
      <source>Unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="62" />
      <source>Date passed on</source>
      <translation>转交日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="70" />
      <source>The unit's answer</source>
      <translation>承办单位办复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="72" />
      <source>Answered on</source>
      <translation>办复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="73" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="70" />
      <source>Answer</source>
      <translation>办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="81" />
      <source>Feedback to the voter</source>
      <translation>向群众反馈</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="83" />
      <source>Fed back on</source>
      <translation>反馈日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="86" />
      <source>How</source>
      <translation>反馈方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="93" />
      <source>Voter's view</source>
      <translation>群众评价</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="98" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="106" />
      <source>Close the opinion</source>
      <translation>办结意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="107" />
      <location filename="../../casebook/ui/views/opinion_rows.py" line="72" />
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="114" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="118" />
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="36" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="119" />
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="37" />
      <source>Town or district</source>
      <translation>所在镇（街道）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="121" />
      <source>New station</source>
      <translation>新增站点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_forms.py" line="121" />
      <source>Rename the station</source>
      <translation>站点改名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="38" />
      <source>Deputies</source>
      <translation>进站代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="39" />
      <source>Opinions</source>
      <translation>意见件数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="40" />
      <location filename="../../casebook/ui/views/opinions.py" line="67" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="53" />
      <source>Stations</source>
      <translation>代表联络站点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="63" />
      <source>New station…</source>
      <translation>新增站点…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="64" />
      <source>Rename…</source>
      <translation>改名…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="65" />
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="124" />
      <source>Retire</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="104" />
      <source>Retired</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="104" />
      <source>In use</source>
      <translation>使用中</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/opinion_stations.py" line="124" />
      <source>Reinstate</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_figures.py" line="62" />
      <location filename="../../casebook/ui/views/opinions.py" line="95" />
      <source>&amp;Year:</source>
      <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_figures.py" line="122" />
      <source>Opinions of the public, {year}</source>
      <translation>{year}年群众意见建议办理情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_figures.py" line="125" />
      <source>As of {date}. Each rate is shown with what is divided by what.</source>
      <translation>截至{date}。各项比率均注明分子和分母。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_figures.py" line="131" />
      <source>Received</source>
      <translation>收集</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_figures.py" line="137" />
      <location filename="../../casebook/ui/views/opinions.py" line="89" />
      <source>All stations</source>
      <translation>全部站点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_rows.py" line="61" />
      <location filename="../../casebook/ui/views/opinions.py" line="61" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_rows.py" line="65" />
      <location filename="../../casebook/ui/views/opinions.py" line="64" />
      <source>Voter</source>
      <translation>反映人</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_rows.py" line="65" />
      <location filename="../../casebook/ui/views/opinions.py" line="199" />
      <source>Anonymous</source>
      <translation>匿名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_rows.py" line="69" />
      <location filename="../../casebook/ui/views/opinions.py" line="66" />
      <source>Passed on to</source>
      <translation>转交单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinion_rows.py" line="71" />
      <source>Feedback</source>
      <translation>反馈情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="88" />
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="90" />
      <source>All states</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="96" />
      <source>S&amp;tation:</source>
      <translation>站点(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="97" />
      <source>St&amp;ate:</source>
      <translation>状态(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="105" />
      <source>Import sheet…</source>
      <translation>导入登记表…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="106" />
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="107" />
      <source>Stations…</source>
      <translation>站点管理…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="118" />
      <source>New opinion…</source>
      <translation>登记意见…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="119" />
      <source>Pass on…</source>
      <translation>转交…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="120" />
      <source>Answer…</source>
      <translation>办复…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="121" />
      <source>Feedback…</source>
      <translation>反馈…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="122" />
      <source>Close…</source>
      <translation>办结…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/opinions.py" line="191" />
      <source>{count} opinions; {shown} shown</source>
      <translation>共{count}件意见，显示{shown}件</translation>
    </message>
  </context>
  <context>
    <name>PaperLoop</name>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="48" />
      <source>{form}, row {row}: {case} — reply of {date}, result {result}</source>
      <translation>{form} 第{row}行：{case} — 答复日期 {date}，办理结果 {result}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="55" />
      <source>{form}, row {row}</source>
      <translation>{form} 第{row}行</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="59" />
      <source>Refused: {where}: {reason}</source>
      <translation>拒收：{where}：{reason}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="68" />
      <source>Read in units' reply forms</source>
      <translation>导入单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="70" />
      <source>{recorded} replies would be recorded, {refused} rows or forms refused.</source>
      <translation>将记录答复{recorded}条，拒收{refused}行或份。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="78" />
      <source>Record the replies</source>
      <translation>记录答复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="101" />
      <source>Units' reply forms</source>
      <translation>单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="101" />
      <source>Workbooks (*.xlsx)</source>
      <translation>工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="137" />
      <source>Letters and reply forms for handling units</source>
      <translation>致承办单位的函件和答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="140" />
      <source>交办通知 with 签收回执 (open cases)</source>
      <translation>交办通知及签收回执（未答复的建议）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="141" />
      <source>催办函 (overdue and nearly due cases)</source>
      <translation>催办函（已逾期和即将到期的建议）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="142" />
      <source>办理情况通报 (the year's figures)</source>
      <translation>办理情况通报（本年度数据）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="143" />
      <source>单位答复表 (reply forms to fill in)</source>
      <translation>单位答复表（供承办单位填写）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="147" />
      <source>Every unit</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="157" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="163" />
      <source>What</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="164" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="165" />
      <source>Dated</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="166" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="170" />
      <source>Write</source>
      <translation>生成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="180" />
      <source>Write into</source>
      <translation>写入文件夹</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="188" />
      <source>Choose a folder to write into.</source>
      <translation>请选择写入的文件夹。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="195" />
      <source>Writing…</source>
      <translation>正在生成…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/paper_loop.py" line="209" />
      <source>Files written into {folder}: {count}.</source>
      <translation>已写入 {folder}：{count}个文件。</translation>
    </message>
  </context>
  <context>
    <name>Permissions</name>
    <message>
      <location filename="../../casebook/ui/permissions.py" line="30" />
      <source>Sign in first.</source>
      <translation>请先登录。</translation>
    </message>
  </context>
  <context>
    <name>ProjectFigures</name>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="30" />
      <source>Projects voted</source>
      <translation>票决项目</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="32" />
      <source>In progress</source>
      <translation>推进中</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="33" />
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="34" />
      <source>On schedule</source>
      <translation>按序时推进</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="35" />
      <source>Milestones due</source>
      <translation>到期节点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="37" />
      <source>Projects rated</source>
      <translation>已测评项目</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="40" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="41" />
      <source>Projects</source>
      <translation>项目数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="42" />
      <location filename="../../casebook/ui/views/project_figures.py" line="31" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="43" />
      <source>Completion rate</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="44" />
      <location filename="../../casebook/ui/views/project_figures.py" line="36" />
      <source>Milestones overdue</source>
      <translation>逾期节点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="73" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="73" />
      <source>Value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="76" />
      <source>Livelihood projects of</source>
      <translation>民生实事项目年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="92" />
      <source>Reading the figures…</source>
      <translation>正在读取数据…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_figures.py" line="102" />
      <source>as of {date}</source>
      <translation>截至{date}</translation>
    </message>
  </context>
  <context>
    <name>Projects</name>
    <message>
      <location filename="../../casebook/domain/projects.py" line="36" />
      <source>Voted</source>
      <translation>已票决</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="37" />
      <source>In progress</source>
      <translation>推进中</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="38" />
      <location filename="../../casebook/ui/views/project_tables.py" line="83" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="39" />
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="46" />
      <source>Assisting units</source>
      <translation>协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="78" />
      <source>New livelihood project of {year}</source>
      <translation>新增{year}年民生实事项目</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="80" />
      <location filename="../../casebook/ui/views/project_tables.py" line="21" />
      <source>Project</source>
      <translation>项目名称</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="81" />
      <location filename="../../casebook/ui/views/project_tables.py" line="22" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="82" />
      <location filename="../../casebook/ui/views/project_tables.py" line="23" />
      <source>Lead unit</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="83" />
      <source>Voted on</source>
      <translation>票决日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="86" />
      <source>Voted at</source>
      <translation>票决会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="91" />
      <source>Votes for</source>
      <translation>赞成票</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="92" />
      <source>Votes cast</source>
      <translation>投票总数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="107" />
      <source>New milestone</source>
      <translation>新增时间节点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="109" />
      <location filename="../../casebook/ui/views/project_tables.py" line="30" />
      <source>Milestone</source>
      <translation>时间节点</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="110" />
      <location filename="../../casebook/ui/views/project_tables.py" line="31" />
      <source>Planned on</source>
      <translation>计划完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="123" />
      <source>Milestone done</source>
      <translation>节点完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="125" />
      <location filename="../../casebook/ui/views/project_tables.py" line="32" />
      <source>Done on</source>
      <translation>完成日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="126" />
      <location filename="../../casebook/ui/views/project_tables.py" line="34" />
      <source>Progress note</source>
      <translation>进展说明</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="133" />
      <source>Reported on</source>
      <translation>报告日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="136" />
      <source>Outcome</source>
      <translation>完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="137" />
      <location filename="../../casebook/ui/views/project_tables.py" line="36" />
      <source>Report</source>
      <translation>报告内容</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="138" />
      <source>Year-end report</source>
      <translation>年终完成情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="138" />
      <source>Progress report</source>
      <translation>进展情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="148" />
      <source>Rated on</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/project_forms.py" line="152" />
      <source>Year-end rating by the deputies</source>
      <translation>代表年终满意度测评</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="20" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="24" />
      <source>Votes</source>
      <translation>票数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="25" />
      <location filename="../../casebook/ui/views/project_tables.py" line="33" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="26" />
      <source>Milestones done</source>
      <translation>节点完成</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="27" />
      <location filename="../../casebook/ui/views/project_tables.py" line="84" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="36" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/project_tables.py" line="84" />
      <source>Open</source>
      <translation>未到期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="72" />
      <source>New project…</source>
      <translation>新增项目…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="73" />
      <source>Add milestone…</source>
      <translation>添加节点…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="74" />
      <source>Milestone done…</source>
      <translation>节点完成…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="75" />
      <source>Progress report…</source>
      <translation>进展情况…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="76" />
      <source>Year-end report…</source>
      <translation>年终完成情况…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="77" />
      <source>Year-end rating…</source>
      <translation>满意度测评…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="93" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="132" />
      <source>Reading the projects…</source>
      <translation>正在读取项目…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="147" />
      <source>{count} projects, {done} done; {overdue} milestones overdue (as of {date})</source>
      <translation>共{count}项，已完成{done}项；逾期节点{overdue}个（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="196" />
      <source>[year-end] {text}</source>
      <translation>【年终】{text}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="201" />
      <source>Year-end rating ({date}): {counts}</source>
      <translation>年终测评（{date}）：{counts}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/projects.py" line="212" />
      <source>{number} {title} — lead unit {lead}; assisting {units}; voted on {date} {session}, votes {votes}</source>
      <translation>{number} {title} —— 主办单位：{lead}；协办单位：{units}；{date}{session}票决，票数 {votes}</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../casebook/ui/qt_texts.py" line="12" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/qt_texts.py" line="13" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>Ranking</name>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="76" />
      <source>&amp;Year:</source>
      <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="77" />
      <source>&amp;Kind:</source>
      <translation>类别(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="154" />
      <source>Handling units of the {kind} of {year}: ranking</source>
      <translation>{year}年{kind}承办单位排名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="160" />
      <source>As of {date}. Each rate is shown with what is divided by what.</source>
      <translation>截至{date}。每项比率后括注分子/分母。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="166" />
      <location filename="../../casebook/ui/views/ranking_top.py" line="46" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="167" />
      <location filename="../../casebook/ui/views/ranking_top.py" line="47" />
      <source>Unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="168" />
      <location filename="../../casebook/ui/views/ranking_top.py" line="48" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="170" />
      <location filename="../../casebook/ui/views/ranking_top.py" line="49" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/ranking.py" line="194" />
      <location filename="../../casebook/ui/views/ranking_top.py" line="90" />
      <source>No unit has figures to rank for this year and kind.</source>
      <translation>这一年、这一类没有可排名的承办单位。</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="33" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="36" />
      <source>Year evaluated</source>
      <translation>评议年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="39" />
      <source>Score (0–100)</source>
      <translation>分数（0—100）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="42" />
      <source>or grade</source>
      <translation>或等次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="47" />
      <source>Evaluated by</source>
      <translation>评议评估方</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="48" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="49" />
      <source>Comments</source>
      <translation>意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="57" />
      <source>Record an evaluation</source>
      <translation>登记评议评估</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="62" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="63" />
      <source>Decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="64" />
      <source>Document number</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="65" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
  </context>
  <context>
    <name>Reference</name>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="94" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="73" />
      <source>session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="106" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="74" />
      <source>delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="111" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="75" />
      <source>deputy group</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="118" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="77" />
      <source>handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="125" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="78" />
      <source>special committee</source>
      <translation>专门委员会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="145" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="80" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="172" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="79" />
      <source>leader</source>
      <translation>领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="197" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="76" />
      <source>deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="62" />
      <source>Sessions</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="63" />
      <source>Delegations</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="64" />
      <location filename="../../casebook/ui/models/reference.py" line="59" />
      <source>Deputy groups</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="65" />
      <location filename="../../casebook/ui/models/reference.py" line="58" />
      <source>Deputies</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="66" />
      <source>Handling units</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="67" />
      <source>Special committees</source>
      <translation>专门委员会</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="68" />
      <source>Leaders</source>
      <translation>领导</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="69" />
      <source>Categories</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="92" />
      <source>Edit {what}</source>
      <translation>修改{what}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="92" />
      <source>Add {what}</source>
      <translation>新增{what}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="99" />
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="99" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="139" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="149" />
      <location filename="../../casebook/ui/dialogs/reference.py" line="173" />
      <location filename="../../casebook/ui/dialogs/reference.py" line="176" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="155" />
      <source>Year:</source>
      <translation>年度：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="156" />
      <source>Term:</source>
      <translation>第几届：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="158" />
      <source>Meeting number:</source>
      <translation>第几次会议：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="159" />
      <source>Starts on:</source>
      <translation>开始日期：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="160" />
      <source>Ends on:</source>
      <translation>结束日期：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="163" />
      <location filename="../../casebook/ui/dialogs/reference.py" line="166" />
      <source>Delegation:</source>
      <translation>代表团：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="168" />
      <source>Deputy group:</source>
      <translation>代表小组：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="170" />
      <source>Workplace and position:</source>
      <translation>工作单位及职务：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="171" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="178" />
      <source>Title:</source>
      <translation>职务：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="220" />
      <source>Delete {what}</source>
      <translation>删除{what}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/reference.py" line="221" />
      <source>Delete “{name}”? This cannot be undone.</source>
      <translation>确定删除“{name}”吗？删除后不能恢复。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="27" />
      <source>Retired</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="27" />
      <source>In use</source>
      <translation>在用</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="35" />
      <source>%n cases</source>
      <translation>
        <numerusform>议案建议%n件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="37" />
      <source>%n deputies</source>
      <translation>
        <numerusform>代表%n名</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/models/reference.py" line="39" />
      <source>%n deputy groups</source>
      <translation>
        <numerusform>代表小组%n个</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="41" />
      <source>Not used yet: it can be deleted.</source>
      <translation>尚未使用，可以删除。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="42" />
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="53" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="54" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="55" />
      <source>Times used</source>
      <translation>使用次数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="56" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="57" />
      <source>Cases</source>
      <translation>议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="64" />
      <location filename="../../casebook/ui/models/reference.py" line="90" />
      <location filename="../../casebook/ui/models/reference.py" line="94" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="65" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="66" />
      <source>Term</source>
      <translation>届</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="67" />
      <source>Meeting</source>
      <translation>次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="68" />
      <source>Starts on</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="69" />
      <source>Ends on</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="76" />
      <location filename="../../casebook/ui/models/reference.py" line="83" />
      <source>Delegation</source>
      <translation>代表团</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="84" />
      <source>Deputy group</source>
      <translation>代表小组</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="85" />
      <source>Workplace and position</source>
      <translation>工作单位及职务</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="86" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/models/reference.py" line="95" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="60" />
      <source>Type to filter…</source>
      <translation>输入关键字筛选…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="62" />
      <source>Show retired</source>
      <translation>显示停用项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="78" />
      <source>Add</source>
      <translation>新增</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="79" />
      <source>Edit</source>
      <translation>修改</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="80" />
      <source>Retire</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="81" />
      <source>Reinstate</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="82" />
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="84" />
      <source>A retired value is no longer offered by the forms; cases that use it keep it.</source>
      <translation>停用后录入时不再提供此项，已使用它的议案建议不受影响。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="86" />
      <source>Only a value that no case uses can be deleted.</source>
      <translation>只有未被任何议案建议使用的项目才能删除。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/reference.py" line="151" />
      <source>%n items</source>
      <translation>
        <numerusform>共%n项</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="225" />
      <source>Added “{name}”.</source>
      <translation>已新增“{name}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="233" />
      <source>Saved “{name}”.</source>
      <translation>已保存“{name}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="245" />
      <source>Retired “{name}”: the forms no longer offer it; cases that use it keep it.</source>
      <translation>已停用“{name}”：录入时不再提供此项，已使用它的议案建议不受影响。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="247" />
      <source>Reinstated “{name}”.</source>
      <translation>已启用“{name}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/reference.py" line="263" />
      <source>Deleted “{name}”.</source>
      <translation>已删除“{name}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/unit_records.py" line="30" />
      <source>Record an evaluation…</source>
      <translation>登记评议评估…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/unit_records.py" line="31" />
      <source>Mark as advanced unit…</source>
      <translation>列为先进承办单位…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/unit_records.py" line="53" />
      <source>{kind} of {year}: {result} ({evaluator}, {date})</source>
      <translation>{year}年度{kind}：{result}（{evaluator}，{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/unit_records.py" line="62" />
      <source>No evaluations or year decisions</source>
      <translation>无评议评估和年度决定</translation>
    </message>
  </context>
  <context>
    <name>ReplyForms</name>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="56" />
      <source>Session</source>
      <translation>届次</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="57" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="58" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="59" />
      <source>Lead deputy</source>
      <translation>领衔代表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="60" />
      <source>Role</source>
      <translation>承办方式</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="61" />
      <source>Assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="62" />
      <source>Reply due</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="63" />
      <source>Reply date</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="64" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="65" />
      <source>Contact method</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="66" />
      <source>Contact person</source>
      <translation>沟通人员</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="67" />
      <source>Reply summary (an assisting unit: its opinion)</source>
      <translation>答复摘要（协办单位填协办意见）</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="82" />
      <source>Replies</source>
      <translation>答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="94" />
      <source>reply form</source>
      <translation>单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="105" />
      <source>Reply form of {unit}</source>
      <translation>{unit}代表建议答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="108" />
      <source>Written on {date}. Fill in the columns from “Reply date” on, one row per case, and send the file back unchanged otherwise; rows may be sorted.</source>
      <translation>制表日期 {date}。请从“答复日期”列起逐件填写，其余内容请勿改动，填好后将本文件交回；行可以排序。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="214" />
      <source>Choose one of the list's entries.</source>
      <translation>请从下拉列表中选择。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="219" />
      <source>Enter a date, such as 2023-05-04.</source>
      <translation>请填写日期，如 2023-05-04。</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="237" />
      <source>this workbook is not a reply form written by Casebook</source>
      <translation>该工作簿不是本系统生成的单位答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/excel/reply_forms.py" line="251" />
      <source>the form's hidden sheet was changed, so its rows cannot be matched to cases</source>
      <translation>答复表的隐藏工作表已被改动，无法将各行对应到建议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="129" />
      <source>the form's hidden sheet was changed, so its rows cannot be matched to cases; send the unit a new form</source>
      <translation>答复表的隐藏工作表已被改动，无法将各行对应到建议；请给该单位重新发一份答复表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="136" />
      <source>the form is for a unit this register does not have ({unit})</source>
      <translation>该答复表所属单位（{unit}）不在本台账中</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="142" />
      <source>the form is for {unit}, not for the unit being read in</source>
      <translation>该答复表属于{unit}，不是正在导入的单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="159" />
      <source>the case {session} No. {number} is not on this form</source>
      <translation>{session}第{number}号建议不在这份答复表上</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="165" />
      <source>the case is on the form twice; only its first filled row is read</source>
      <translation>同一建议在表中出现两次；只读取第一个填写的行</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="172" />
      <source>the case is no longer assigned to {unit}</source>
      <translation>该建议已不再由{unit}承办</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="198" />
      <source>the reply date is missing</source>
      <translation>未填写答复日期</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../casebook/domain/comparison.py" line="43" />
      <source>{year}</source>
      <translation>{year}年</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="72" />
      <source>{period}no opinions from the public were registered.</source>
      <translation>{period}未登记群众意见建议。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="80" />
      <source>{period}the liaison stations collected {received} opinions and suggestions from the public.</source>
      <translation>{period}各代表联络站共收集群众意见建议{received}件。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="85" />
      <source>{period}the liaison stations collected {received} opinions and suggestions from the public, passed {passed} on to the departments concerned, and {answered} have been answered; the answer rate was {rate}.</source>
      <translation>{period}各代表联络站共收集群众意见建议{received}件，及时转交部门办理{passed}件，已办复{answered}件，办复率{rate}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="100" />
      <source>The answers were fed back to the voters in {fed_back} cases; the feedback rate was {rate}.</source>
      <translation>已向群众反馈办理结果{fed_back}件，反馈率{rate}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinion_figures.py" line="106" />
      <source>Of {viewed} voters who gave their view, {satisfied} were satisfied or basically satisfied; the satisfaction rate was {rate}.</source>
      <translation>表达评价意见的群众{viewed}人次中，满意和基本满意{satisfied}人次，群众满意率{rate}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="83" />
      <source>{prefix}no livelihood projects of {year} were registered.</source>
      <translation>{prefix}未登记{year}年民生实事项目。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="86" />
      <source>{prefix}the deputies' vote chose {total} livelihood projects for {year}; {started} are under way.</source>
      <translation>{prefix}{year}年票决产生民生实事项目{total}项，正在推进{started}项。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="91" />
      <source>{prefix}the deputies' vote chose {total} livelihood projects for {year}; {done} are done, a completion rate of {rate}%</source>
      <translation>{prefix}{year}年票决产生民生实事项目{total}项，已完成{done}项，完成率{rate}%</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="97" />
      <source>; the satisfaction rate of the deputies' rating was {rate}%</source>
      <translation>，代表满意度测评满意率{rate}%</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="100" />
      <source>.</source>
      <translation>。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="103" />
      <source>{count} projects were reported not done.</source>
      <translation>{count}项报告未完成。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="111" />
      <source>{on_time} of the {due} milestones due were reached on time ({rate}%); {overdue} are overdue.</source>
      <translation>到期时间节点{due}个，按期完成{on_time}个，按期完成率{rate}%；逾期{overdue}个。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="38" />
      <source> and </source>
      <translation>和</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="47" />
      <source>In {year}, </source>
      <translation>全年</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="48" />
      <source>As of {date}, </source>
      <translation>截至{month}月{day}日，</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="60" />
      <source>, up {points} percentage points on {previous}</source>
      <translation>，比{previous}上升{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="61" />
      <source>, down {points} percentage points on {previous}</source>
      <translation>，比{previous}下降{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="62" />
      <source>, unchanged on {previous}</source>
      <translation>，与{previous}持平</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="66" />
      <source>, up {points} percentage points on the previous year</source>
      <translation>，同比上升{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="68" />
      <source>, down {points} percentage points on the previous year</source>
      <translation>，同比下降{points}个百分点</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="69" />
      <source>, unchanged on the previous year</source>
      <translation>，同比持平</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="100" />
      <source>{period}no deputies' motions were registered.</source>
      <translation>{period}暂无代表议案。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="101" />
      <source>{period}no deputies' suggestions were registered.</source>
      <translation>{period}暂无代表建议。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="111" />
      <source>{period}%n deputies' suggestions were supervised and {resolved} {resolved_word}; the {rate_name} reached {rate}%{change}.</source>
      <translation>
        <numerusform>{period}督办代表建议%n件，{resolved_word}{resolved}件，建议{rate_name}达{rate}%{change}。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="122" />
      <source>resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="123" />
      <source>resolution rate</source>
      <translation>解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="129" />
      <source>Of these, {count} were motions handled as suggestions.</source>
      <translation>其中，议案作为建议处理{count}件。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="136" />
      <source>Of these, {total} were key suggestions supervised by leaders, {resolved} of them resolved ({rate}%).</source>
      <translation>其中重点督办建议{total}件，解决{resolved}件，解决率{rate}%。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="147" />
      <source>Deputies returned {rated} ratings, {satisfied} of them {satisfied_levels}; the satisfaction rate was {rate}%{change}.</source>
      <translation>代表反馈测评意见{rated}件，{satisfied_levels}{satisfied}件，满意率{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="154" />
      <source>satisfied or basically satisfied</source>
      <translation>满意和基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="160" />
      <source>{on_time} of the {due} replies due were made on time; the on-time reply rate was {rate}%{change}.</source>
      <translation>应答复{due}件次，按期答复{on_time}件次，按期答复率{rate}%{change}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_sentences.py" line="168" />
      <source>Units met the deputies in person for {met} of {replies} replies; the meeting rate was {rate}%.</source>
      <translation>承办单位当面沟通{met}件次，见面率{rate}%。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="183" />
      <source>{period}%n deputies' motions were handled, all of them completed and answered.</source>
      <translation>
        <numerusform>{period}办理代表议案%n件，已全部办结答复。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/domain/report_sentences.py" line="186" />
      <source>{period}%n deputies' motions were handled, {replied} of them completed and answered so far.</source>
      <translation>
        <numerusform>{period}办理代表议案%n件，已办结答复{replied}件。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_templates.py" line="55" />
      <source>{label} ({code}): {count}, {share}</source>
      <translation>{label}的({code}类){count}件，占{share}</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_templates.py" line="60" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/report_templates.py" line="66" />
      <source>{period}{total} deputies' suggestions were handled; of these, {class_shares}.</source>
      <translation>{period}督办代表建议{total}件，其中{class_shares}。</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <location filename="../../casebook/domain/roles.py" line="37" />
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="38" />
      <source>clerk</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="39" />
      <source>viewer</source>
      <translation>查阅人</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="43" />
      <source>register and handle cases</source>
      <translation>登记和办理议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="44" />
      <source>change reference data</source>
      <translation>修改基础数据</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="45" />
      <source>change the office's settings</source>
      <translation>修改办公室设置</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/roles.py" line="46" />
      <source>manage accounts</source>
      <translation>管理账户</translation>
    </message>
  </context>
  <context>
    <name>Rule</name>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="59" />
      <source>there is no file {path}</source>
      <translation>没有文件 {path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="75" />
      <source>there is no folder {path}</source>
      <translation>没有文件夹 {path}</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/attachments.py" line="90" />
      <location filename="../../casebook/cli/case.py" line="134" />
      <location filename="../../casebook/services/steps/joint_handling.py" line="65" />
      <source>there is no case number {number} in that session</source>
      <translation>该届次会议没有编号为{number}的案件</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="150" />
      <source>{unit} is not handling this case in the current round</source>
      <translation>{unit}未承办本轮办理</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/case.py" line="165" />
      <source>“{text}” is not a way of meeting the deputy ({methods})</source>
      <translation>“{text}”不是与代表沟通的方式（{methods}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/decisions.py" line="21" />
      <source>“{text}” is not a kind of decision ({choices})</source>
      <translation>“{text}”不是年度决定的类型（{choices}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/deliberations.py" line="35" />
      <source>“{text}” is not a kind of deliberation ({kinds})</source>
      <translation>“{text}”不是审议询问的类型（{kinds}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="24" />
      <source>“{text}” is not a stage of handling ({choices})</source>
      <translation>“{text}”不是办理阶段（{choices}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/meetings.py" line="60" />
      <source>{unit} has not replied on this case, so no meeting can be kept with its reply</source>
      <translation>{unit}尚未答复该件，见面情况无从登记在其答复下</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="21" />
      <source>{options}: the figures of opinions of the public are by year (--year, --as-of, --by-station).</source>
      <translation>{options}：群众意见按年度统计（--year、--as-of、--by-station）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinions.py" line="44" />
      <source>“{text}” is not one of {choices}</source>
      <translation>“{text}”不在可选范围内（{choices}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="38" />
      <source>{options}: the figures of livelihood projects are by year only (--year, --as-of, --json).</source>
      <translation>{options}：民生实事项目的统计只按年度（--year、--as-of、--json）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/projects.py" line="196" />
      <source>“{part}” is not an option with its count (满意=380).</source>
      <translation>“{part}”不是“选项=票数”的写法（满意=380）。</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/record_targets.py" line="16" />
      <source>--case needs --session: the session of the case</source>
      <translation>--case 需同时给出 --session：该件所属的届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="72" />
      <source>--by-station: only the opinions of the public are counted by station (--kind opinion).</source>
      <translation>--by-station：只有群众意见按站点统计（--kind opinion）。</translation>
    </message>
    <message>
      <location filename="../../casebook/demo/generator.py" line="108" />
      <source>This database already holds cases or reference data, so the demonstration data were not loaded. Load them into a new, empty database, or choose to replace everything in this one.</source>
      <translation>本数据库中已有议案建议或基础数据，未载入演示数据。请将演示数据载入新的空数据库，或选择替换本数据库中的全部内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/case_steps.py" line="39" />
      <source>only a motion can be handled as a suggestion</source>
      <translation>只有议案才能转为建议处理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/case_steps.py" line="49" />
      <source>no unit's request for a change of handling unit is waiting for a decision</source>
      <translation>没有待审批的调整承办单位申请</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/comparison.py" line="65" />
      <source>figures cannot be taken at {date}, a date after today ({today})</source>
      <translation>不能统计截至{date}的数字：该日期晚于今天（{today}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/errors.py" line="40" />
      <source>Case {case}: {text}</source>
      <translation>{case}：{text}</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/errors.py" line="58" />
      <source>{user} ({role}) may not {permission}; ask an administrator.</source>
      <translation>{user}（{role}）无权{permission}，请联系管理员。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="61" />
      <source>{deputy} did not submit or co-sign this case, so the rating cannot be theirs</source>
      <translation>{deputy}不是本件的领衔或联名代表，不能录入其测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="69" />
      <source>the rating must be one the deputy chose on the form ({levels})</source>
      <translation>测评意见须是代表在征询意见表上填写的选项（{levels}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="76" />
      <source>{deputy}'s rating for this round was already recorded on {date}</source>
      <translation>{deputy}本轮的测评意见已于{date}录入</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="91" />
      <source>re-handling follows the lead deputy's unsatisfied rating, and it has not been recorded</source>
      <translation>重新办理须在领衔代表测评不满意之后，但尚未登记领衔代表的测评</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="97" />
      <source>re-handling follows an unsatisfied rating, and the rating that counts is satisfied</source>
      <translation>重新办理须在测评不满意之后，而计入统计的测评为满意</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="112" />
      <source>a case is closed only after the lead deputy's rating of this round has been recorded</source>
      <translation>须先登记领衔代表对本轮办理的测评，才能办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="133" />
      <source>closing with the deputy's agreement needs a note of that agreement</source>
      <translation>以代表同意办结的，须填写代表同意的说明</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="139" />
      <source>the deputy's agreement ({date}) must fall between the rating ({rated_on}) and the closing ({closed_on})</source>
      <translation>代表同意日期（{date}）须在测评日期（{rated_on}）与办结日期（{closed_on}）之间</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/handling_steps.py" line="154" />
      <source>the rating that counts is “{level}”: the case is closed only after a re-handling round has been rated, or with the reason recorded (the deputy agreed to close it: date and note)</source>
      <translation>计入统计的测评为“{level}”：须重新办理并再次测评后才能办结，或登记办结理由（代表同意办结的日期和说明）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="64" />
      <source>“{text}” is not a kind of station ({kinds})</source>
      <translation>“{text}”不是站点类型（{kinds}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="77" />
      <source>“{text}” is not a state of an opinion ({states})</source>
      <translation>“{text}”不是群众意见的办理状态（{states}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="94" />
      <source>“{text}” is not an opinion's number (such as {example})</source>
      <translation>“{text}”不是群众意见的编号（例如{example}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="105" />
      <location filename="../../casebook/domain/projects.py" line="53" />
      <source>the date {date} is after today ({today})</source>
      <translation>日期{date}晚于今天（{today}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="116" />
      <location filename="../../casebook/domain/projects.py" line="64" />
      <location filename="../../casebook/services/steps/case_access.py" line="53" />
      <source>the date {date} is before {what} ({earliest})</source>
      <translation>日期 {date} 早于{what}（{earliest}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="132" />
      <source>An opinion needs its content.</source>
      <translation>请填写意见内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="142" />
      <source>only a registered opinion is passed on to a unit; this one is “{state}”</source>
      <translation>只有已登记的意见才能转交承办单位；该意见当前为“{state}”</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="144" />
      <source>the day it was received</source>
      <translation>收集日期</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="156" />
      <source>an answer is recorded only after the opinion was passed on to a unit; this one is “{state}”</source>
      <translation>意见尚未转交承办单位，不能录入办理答复；该意见当前为“{state}”</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="159" />
      <source>the day it was passed on</source>
      <translation>转交日期</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="171" />
      <source>feedback to the voter follows the unit's answer; this opinion is “{state}”</source>
      <translation>承办单位办复后才能向群众反馈；该意见当前为“{state}”</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="174" />
      <source>the unit's answer</source>
      <translation>办复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="186" />
      <source>an opinion is closed after the answer was fed back to the voter; this one is “{state}”</source>
      <translation>向群众反馈后才能办结；该意见当前为“{state}”</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/opinions.py" line="189" />
      <source>the feedback to the voter</source>
      <translation>反馈日期</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="71" />
      <source>the vote</source>
      <translation>票决</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="72" />
      <source>the year-end report</source>
      <translation>年终完成情况报告</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="81" />
      <source>a project of {year} cannot be voted on {date}</source>
      <translation>{year}年的项目不能在{date}票决</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="86" />
      <location filename="../../casebook/domain/projects.py" line="103" />
      <source>The vote counts must be positive whole numbers.</source>
      <translation>票数必须是正整数。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="90" />
      <source>{votes_for} votes for cannot be more than the {votes_cast} votes cast.</source>
      <translation>赞成票{votes_for}票不能多于投票总数{votes_cast}票。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="104" />
      <location filename="../../casebook/domain/projects.py" line="160" />
      <source>A rating needs at least one vote and no negative count.</source>
      <translation>测评至少要有一票，且票数不能为负。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="114" />
      <source>the planned date {date} is after the end of the project's year {year}</source>
      <translation>计划日期{date}晚于项目所属的{year}年年底</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="136" />
      <source>The project cannot be reported done while {count} of its milestones are not done.</source>
      <translation>还有{count}个时间节点未完成，项目不能报告为已完成。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="147" />
      <source>A project is rated only once its year-end report (done or not done) is recorded.</source>
      <translation>登记年终完成情况（已完成或未完成）后才能进行满意度测评。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="154" />
      <source>“{option}” is not a rating option of livelihood projects ({options})</source>
      <translation>“{option}”不是民生实事项目的测评选项（{options}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="170" />
      <source>The rating options of livelihood projects need at least two names, each once.</source>
      <translation>民生实事项目的测评选项至少两个，且不能重复。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/projects.py" line="175" />
      <source>The satisfied options of livelihood projects must be among its rating options.</source>
      <translation>民生实事项目计为满意的选项必须是其测评选项。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/rate_targets.py" line="58" />
      <source>“{key}” is not a rate; the rates are: {names}.</source>
      <translation>“{key}”不是比率；比率有：{names}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/rate_targets.py" line="65" />
      <source>The target of {rate} must be a percentage above 0 and at most 100, not “{value}”.</source>
      <translation>{rate}的目标须是大于0、不超过100的百分数，不能是“{value}”。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="99" />
      <source>“{text}” is not a kind of evaluation of this office ({kinds})</source>
      <translation>“{text}”不是本机构的评议评估类型（{kinds}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="111" />
      <source>An evaluation is of one case or of one handling unit, not both.</source>
      <translation>评议评估的对象是一件议案建议或一个承办单位，不能两者兼有。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="114" />
      <source>An evaluation of a unit needs the year it evaluates.</source>
      <translation>对承办单位的评议需注明评议年度。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="116" />
      <source>An evaluation needs a score or a grade.</source>
      <translation>评议评估需填写分数或等次。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="119" />
      <location filename="../../casebook/ui/dialogs/record_forms.py" line="81" />
      <source>A score goes from 0 to 100, not {score}.</source>
      <translation>分数应在0至100之间，不能是{score}。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="125" />
      <source>“{grade}” is not a grade of this office ({grades})</source>
      <translation>“{grade}”不是本机构设定的等次（{grades}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="140" />
      <source>Each kind of evaluation needs a name of its own, other than 人大评议 and 第三方评估.</source>
      <translation>每种评议评估类型须有自己的名称，且不能是人大评议或第三方评估。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="143" />
      <source>Each grade is worth 0 to 100 points.</source>
      <translation>每个等次折算的分数应在0至100之间。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="145" />
      <source>The weight of evaluations cannot be negative.</source>
      <translation>评议评估的权重不能为负数。</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="169" />
      <source>the date {date} is before the deliberation ({earliest})</source>
      <translation>日期{date}早于审议（询问）日期（{earliest}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="181" />
      <source>the meeting on {date} is before the case was assigned to the unit ({earliest})</source>
      <translation>见面日期{date}早于交办该单位的日期（{earliest}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="188" />
      <source>a meeting after handling cannot be before the reply ({replied})</source>
      <translation>办理后的见面不能早于答复日期（{replied}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="194" />
      <source>a meeting “{stage}” cannot be after the reply ({replied})</source>
      <translation>“{stage}”的见面不能晚于答复日期（{replied}）</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="69" />
      <source>a reply can only be recorded after the case has been assigned to a handling unit</source>
      <translation>尚未交办承办单位，不能录入答复</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="73" />
      <source>the deputy's rating can only be recorded after a handling unit has replied</source>
      <translation>承办单位尚未答复，不能录入代表测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="77" />
      <source>the deputy's rating can only be recorded after every lead unit has replied</source>
      <translation>主办单位尚未全部答复，不能录入代表测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="81" />
      <source>a case is closed only after the deputy's rating has been recorded</source>
      <translation>须先录入代表测评意见，才能办结</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="85" />
      <source>re-handling follows an unsatisfied rating, and no rating has been recorded yet</source>
      <translation>尚未录入测评意见；代表不满意时才重新办理</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/workflow.py" line="104" />
      <source>“{action}” is not allowed while the case is “{state}”</source>
      <translation>本件当前状态为“{state}”，不能进行“{action}”</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="74" />
      <source>There is already an account named {name}.</source>
      <translation>已有名为 {name} 的账户。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="78" />
      <source>The first account must be an administrator's: once there are accounts, everyone signs in, and someone must be able to manage them.</source>
      <translation>第一个账户必须是管理员账户：有了账户后每个人都要登录，必须有人能够管理账户。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="142" />
      <source>This database has no accounts yet; an administrator creates them first.</source>
      <translation>本数据库还没有账户，请管理员先创建账户。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="148" />
      <source>The current password is wrong.</source>
      <translation>当前密码不正确。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="170" />
      <source>Too many wrong passwords for this name: wait {seconds} seconds, then try again.</source>
      <translation>该用户名密码错误次数过多：请等待 {seconds} 秒后再试。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="176" />
      <location filename="../../casebook/services/admin/accounts.py" line="179" />
      <source>Wrong user name or password, or the account is switched off.</source>
      <translation>用户名或密码错误，或该账户已停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="232" />
      <source>There is no account named {name}.</source>
      <translation>没有名为 {name} 的账户。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="246" />
      <source>{name} is the last active administrator; make another administrator first.</source>
      <translation>{name} 是最后一名在用的管理员，请先设置另一名管理员。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="255" />
      <source>An account name is 1 to {limit} characters without spaces.</source>
      <translation>账户名为 1 至 {limit} 个字符，不能含空格。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/accounts.py" line="263" />
      <source>A password has at least {count} characters.</source>
      <translation>密码至少 {count} 个字符。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/holiday_calendar.py" line="59" />
      <source>The name of a holiday is at most {length} characters.</source>
      <translation>节假日名称最多{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="21" />
      <source>session</source>
      <translation>届次</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="22" />
      <source>deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="23" />
      <source>handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="24" />
      <source>category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="53" />
      <source>there is no {what} called “{name}”; near names: {near} (or add --create-missing)</source>
      <translation>没有名为“{name}”的{what}；相近的有：{near}（或加 --create-missing 新建）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="61" />
      <source>there is no {what} called “{name}”; near names: {near}</source>
      <translation>没有名为“{name}”的{what}；相近的有：{near}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="69" />
      <source>there is no {what} called “{name}” (add --create-missing to register it)</source>
      <translation>没有名为“{name}”的{what}（加 --create-missing 可新建）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/named_reference.py" line="73" />
      <source>there is no {what} called “{name}”</source>
      <translation>没有名为“{name}”的{what}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="62" />
      <location filename="../../casebook/services/admin/settings_file.py" line="44" />
      <source>Unknown setting: {error}</source>
      <translation>未知的设置项：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="91" />
      <source>The setting attachment_limit_mb must be a whole number of MB from 1 to {most}.</source>
      <translation>设置项 attachment_limit_mb 应为1到{most}之间的整数（MB）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="98" />
      <source>The braces of the report template do not pair up: a placeholder is written as {{total}}, and a brace meant as text as {{{{ or }}}}. Its placeholders are: {placeholders}.</source>
      <translation>报告模板中的大括号不成对：占位符写作 {{total}}，作为文字的大括号请写两次 {{{{ 或 }}}}。可用的占位符有：{placeholders}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="108" />
      <source>The report template cannot use “{problem}”; its placeholders are: {placeholders}.</source>
      <translation>报告模板不能使用“{problem}”；可用的占位符有：{placeholders}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="116" />
      <source>The setting {key} must be 0, 1 or 2 decimals.</source>
      <translation>设置项{key}的小数位数只能是0、1或2。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="122" />
      <source>The setting {key} must be one of: {choices}.</source>
      <translation>设置项{key}只能是以下之一：{choices}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="132" />
      <source>The result categories {codes} are not defined.</source>
      <translation>办理结果类别 {codes} 尚未定义。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="141" />
      <source>A deadline must be at least one month.</source>
      <translation>办理期限至少为一个月。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="145" />
      <source>Whose rating counts must be one of: {choices}.</source>
      <translation>计入统计的测评只能是：{choices}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="150" />
      <source>The change-request window must be at least one day.</source>
      <translation>申请调整承办单位的期限至少为一天。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="154" />
      <source>true or false</source>
      <translation>true 或 false</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="155" />
      <source>a whole number</source>
      <translation>整数</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="156" />
      <source>a text</source>
      <translation>文字</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="157" />
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="158" />
      <source>an object</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="173" />
      <source>The setting {key} must be {kind}.</source>
      <translation>设置项{key}应为{kind}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/office.py" line="175" />
      <source>a value of its own kind</source>
      <translation>与默认值同类的值</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="53" />
      <location filename="../../casebook/services/admin/reference_admin.py" line="164" />
      <source>A name is required for the {what}.</source>
      <translation>请填写{what}名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="69" />
      <location filename="../../casebook/services/admin/reference.py" line="175" />
      <location filename="../../casebook/services/admin/reference_admin.py" line="217" />
      <source>“{name}” already exists.</source>
      <translation>“{name}”已存在。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="155" />
      <location filename="../../casebook/services/steps/opinions.py" line="76" />
      <source>There is no category with id {id}.</source>
      <translation>没有编号为{id}的类别。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="157" />
      <source>There is no special committee with id {id}.</source>
      <translation>没有编号为{id}的专门委员会。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference.py" line="215" />
      <source>There is no session called “{name}”.</source>
      <translation>找不到名为“{name}”的届次会议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="169" />
      <source>The session cannot end ({ends}) before it starts ({starts}).</source>
      <translation>会议结束日期（{ends}）不能早于开始日期（{starts}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="202" />
      <location filename="../../casebook/services/admin/reference_admin_rows.py" line="344" />
      <source>There is no {what} with id {id}.</source>
      <translation>没有编号为{id}的{what}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="317" />
      <source>“{name}” is named by {count} evaluations, decisions or deliberations; retire it instead.</source>
      <translation>“{name}”已有{count}条评议评估、年度决定或审议询问记录，不能删除，可改为停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="332" />
      <source>“{name}” is used by {count} cases, so it cannot be deleted; retire it instead.</source>
      <translation>“{name}”已被{count}件议案建议使用，不能删除，只能停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="335" />
      <source>“{name}” has {count} deputies, so it cannot be deleted; retire it instead.</source>
      <translation>“{name}”已有{count}名代表，不能删除，只能停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin.py" line="338" />
      <source>“{name}” has {count} deputy groups, so it cannot be deleted; retire it instead.</source>
      <translation>“{name}”下已有{count}个代表小组，不能删除，只能停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="45" />
      <source>Every result category needs a code and a name.</source>
      <translation>每个办理结果类别都须填写代码和名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="46" />
      <source>The result category code “{code}” is used twice.</source>
      <translation>办理结果类别代码“{code}”重复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="47" />
      <source>The result category code “{code}” is longer than {length} characters.</source>
      <translation>办理结果类别代码“{code}”超过{length}个字符。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="52" />
      <source>Every rating option needs a code and a name.</source>
      <translation>每个测评选项都须填写代码和名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="53" />
      <source>The rating option code “{code}” is used twice.</source>
      <translation>测评选项代码“{code}”重复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="54" />
      <source>The rating option code “{code}” is longer than {length} characters.</source>
      <translation>测评选项代码“{code}”超过{length}个字符。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="64" />
      <source>The result category {code} is used by {count} replies, so it cannot be removed.</source>
      <translation>办理结果类别{code}已被{count}件次答复使用，不能删除。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="76" />
      <source>The rating option “{label}” is used by {count} ratings, so it cannot be removed.</source>
      <translation>测评选项“{label}”已被{count}份测评使用，不能删除。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="83" />
      <source>The longest extended reply period ({extended} months) cannot be shorter than the reply period ({due} months).</source>
      <translation>延期后最长答复期限（{extended}个月）不能短于答复期限（{due}个月）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="95" />
      <source>The printed register needs at least one column, each once, from the list offered.</source>
      <translation>打印台账至少要选一列，每列只能选一次，且须是所列的列。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="98" />
      <source>At least one backup must be kept.</source>
      <translation>至少须保留一份备份。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/reference_admin_settings.py" line="103" />
      <source>The unit score weights cannot be negative, and at least one must be above zero.</source>
      <translation>承办单位评分权重不能为负数，且至少有一项大于零。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/register_reset.py" line="71" />
      <source>This register has accounts and an audit trail that must be kept; it cannot be emptied. Load the demonstration data into a new database file instead.</source>
      <translation>本台账已有账户和必须保留的审计日志，不能清空。请把演示数据载入一个新的数据库文件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/register_reset.py" line="81" />
      <source>A register on the office server keeps its audit trail and is not emptied by Casebook; ask the server's administrator for a new, empty database.</source>
      <translation>办公室服务器上的台账须保留审计日志，Casebook 不会清空它；请向服务器管理员申请一个新的空数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/settings_file.py" line="52" />
      <source>The settings {keys} do not have the form of their values.</source>
      <translation>设置项{keys}的值格式不对。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/settings_file.py" line="73" />
      <source>The settings file {file} cannot be read as JSON: {error}</source>
      <translation>设置文件{file}无法按JSON读取：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/settings_file.py" line="80" />
      <source>The settings file {file} must hold one object of settings (key: value).</source>
      <translation>设置文件{file}应为一个设置对象（键: 值）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/settings_file.py" line="94" />
      <source>The unit score weights must be whole numbers for the rates {names}.</source>
      <translation>承办单位评分权重应为整数，且只能针对以下比率：{names}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="40" />
      <source>A station needs a name.</source>
      <translation>请填写站点名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="43" />
      <source>The name is longer than {length} characters.</source>
      <translation>名称超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="51" />
      <source>A station called “{name}” already exists.</source>
      <translation>已有名为“{name}”的站点。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="58" />
      <location filename="../../casebook/services/steps/cases.py" line="284" />
      <location filename="../../casebook/services/steps/opinions.py" line="74" />
      <location filename="../../casebook/services/steps/ratings.py" line="44" />
      <source>There is no deputy with id {id}.</source>
      <translation>找不到编号为 {id} 的代表。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="65" />
      <location filename="../../casebook/services/admin/stations.py" line="138" />
      <source>There is no station with id {id}.</source>
      <translation>没有编号为{id}的站点。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="77" />
      <source>The area is longer than {length} characters.</source>
      <translation>所在镇（街道）超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="159" />
      <source>there is no station called “{name}” (stations: {known})</source>
      <translation>没有名为“{name}”的站点（现有站点：{known}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/admin/stations.py" line="178" />
      <source>“{name}” is named by {count} stations or opinions of the public; retire it instead.</source>
      <translation>“{name}”已被{count}个站点或群众意见使用，不能删除，请改为停用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="166" />
      <source>No sheet has the header of an opinion sheet (意见内容 and two more of 序号, 收集日期, 反映人 …).</source>
      <translation>没有一张工作表有群众意见登记表的表头（意见内容，以及序号、收集日期、反映人等中的两项）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/opinion_sheet.py" line="188" />
      <source>The sheet names no station in its title or a column; say which station it is from.</source>
      <translation>登记表的标题和各列都没有写明站点，请指定是哪个站点的登记表。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/ledger/project_list.py" line="109" />
      <source>No sheet of “{name}” has a project list header (项目名称 and two of 序号, 类别, 票数 …).</source>
      <translation>“{name}”中没有带项目清单表头的工作表（项目名称，以及序号、类别、票数等中的两列）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/queries/attachments.py" line="77" />
      <source>There is no attachment with id {id}.</source>
      <translation>没有编号为 {id} 的附件。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/queries/projects.py" line="100" />
      <location filename="../../casebook/services/steps/projects.py" line="260" />
      <source>There is no livelihood project with id {id}.</source>
      <translation>没有编号为 {id} 的民生实事项目。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/queries/projects.py" line="116" />
      <source>There is no livelihood project {number} of {year}.</source>
      <translation>{year}年没有编号为 {number} 的民生实事项目。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/queries/reply_forms.py" line="106" />
      <source>There is no handling unit called “{name}”.</source>
      <translation>没有名为“{name}”的承办单位。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/queries/similar.py" line="188" />
      <location filename="../../casebook/services/steps/case_access.py" line="31" />
      <source>There is no case with id {id}.</source>
      <translation>找不到编号为 {id} 的议案建议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="101" />
      <source>{unit} already acknowledged receipt on {date}</source>
      <translation>{unit}已于{date}签收</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="161" />
      <source>There is no change request with id {id}.</source>
      <translation>没有编号为{id}的调整申请。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="199" />
      <source>a change of handling unit must be asked for within {days} working days of assignment (by {last_day}); {date} is too late</source>
      <translation>调整承办单位须在交办后{days}个工作日内提出（截至{last_day}），{date}已超过期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="205" />
      <source>a change of handling unit must be asked for within {days} days of assignment (by {last_day}); {date} is too late</source>
      <translation>调整承办单位须在交办后{days}日内（{last_day}前）提出，{date}已超过期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="227" />
      <source>{unit} already asked for a change on {date}, and that request waits for a decision</source>
      <translation>{unit}已于{date}申请调整，该申请尚待审批</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="272" />
      <source>the change request of {unit} of {date} was already decided on {decided_on}</source>
      <translation>{unit}{date}提出的调整申请已于{decided_on}审批</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="278" />
      <source>the request date</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="307" />
      <source>approving a change of handling unit needs the unit that takes over</source>
      <translation>同意调整承办单位须指定接办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="314" />
      <location filename="../../casebook/services/steps/assignments.py" line="58" />
      <source>{unit} is already handling this case</source>
      <translation>{unit}已在承办本件</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="361" />
      <source>{unit} has already replied, so the handling unit can no longer be changed</source>
      <translation>{unit}已经答复，不能再调整承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="387" />
      <source>only a lead or separately handling unit's reply deadline can be extended; {unit} is an assisting unit</source>
      <translation>只有主办或分办单位的答复期限可以延期；{unit}是协办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="398" />
      <source>{unit} has already replied, so its deadline can no longer be extended</source>
      <translation>{unit}已答复，答复期限不能再延期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="405" />
      <source>an extension of the reply deadline needs the name of whoever approved it</source>
      <translation>答复期限延期须注明批准人</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="412" />
      <source>an extension must be approved by the deadline in force ({due_on}); {date} is after it</source>
      <translation>延期须在现答复期限（{due_on}）前批准，{date}已超过该期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="423" />
      <source>the new deadline {date} is not later than the deadline in force ({due_on})</source>
      <translation>新的答复期限{date}不晚于现答复期限（{due_on}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="433" />
      <source>with approval a reply may be extended to at most {months} months after assignment (by {last_day}); {date} is too late</source>
      <translation>经批准，答复期限最长可延至交办后{months}个月（{last_day}）；{date}超过最长期限</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="500" />
      <location filename="../../casebook/services/steps/assignments.py" line="63" />
      <location filename="../../casebook/services/steps/replies.py" line="57" />
      <source>the assignment date</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="506" />
      <location filename="../../casebook/services/steps/case_or_unit.py" line="21" />
      <location filename="../../casebook/services/steps/deliberations.py" line="136" />
      <location filename="../../casebook/services/steps/opinions.py" line="190" />
      <location filename="../../casebook/services/steps/projects.py" line="267" />
      <source>There is no handling unit with id {id}.</source>
      <translation>找不到编号为 {id} 的承办单位。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="513" />
      <source>There is no assignment with id {id}.</source>
      <translation>找不到编号为 {id} 的交办记录。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/assignments.py" line="521" />
      <source>{unit} is no longer handling this case in the current round</source>
      <translation>{unit}在本轮已不再承办本件</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/attachments.py" line="51" />
      <source>“{name}” is not a kind of file Casebook keeps ({kinds})</source>
      <translation>“{name}”不是可作为附件保存的文件类型（{kinds}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/attachments.py" line="62" />
      <source>“{name}” is {size} MB, over the limit of {limit} MB for an attachment</source>
      <translation>“{name}”大小为 {size} MB，超过附件上限 {limit} MB</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/attachments.py" line="110" />
      <source>The case has no reply with id {id}.</source>
      <translation>该建议没有编号为 {id} 的答复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/attachments.py" line="114" />
      <source>The case has no supervision record with id {id}.</source>
      <translation>该建议没有编号为 {id} 的督办记录。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/case_access.py" line="62" />
      <source>the submission date</source>
      <translation>提出日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="66" />
      <location filename="../../casebook/services/steps/projects.py" line="86" />
      <source>There is no session with id {id}.</source>
      <translation>找不到编号为 {id} 的届次会议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="119" />
      <source>the submission date {date} is after the case was assigned ({assigned})</source>
      <translation>提出日期 {date} 晚于交办日期（{assigned}）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="127" />
      <source>a motion becomes a suggestion only by the presidium's decision (“Handle as a suggestion”)</source>
      <translation>议案须经大会主席团决定才能作为建议处理（请使用“转为建议”）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="226" />
      <source>{case} was changed by {user} at {time} after you opened it. Your changes were not saved; reload the case to see theirs.</source>
      <translation>在您打开后，{case}已被{user}于{time}修改。您的修改未保存，请重新载入后查看对方的修改。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="259" />
      <source>the case number is required</source>
      <translation>请填写编号</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="261" />
      <source>the title is required</source>
      <translation>请填写标题</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="266" />
      <source>a lead deputy (or, for a delegation's motion, the delegation) is required</source>
      <translation>请填写领衔代表（代表团提出的议案请填写代表团）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="272" />
      <source>a deputy appears twice among the lead deputy and co-signers</source>
      <translation>领衔代表和联名代表中有重复的代表</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/cases.py" line="290" />
      <source>this number is already used by another case of the same session</source>
      <translation>本次会议已有相同编号的议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/closing.py" line="34" />
      <location filename="../../casebook/services/steps/ratings.py" line="171" />
      <source>the rating date</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/closing.py" line="57" />
      <location filename="../../casebook/services/steps/replies.py" line="121" />
      <source>the reply needs a result category, one of {codes}</source>
      <translation>答复须注明办理结果类别（{codes}之一）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/closing.py" line="62" />
      <location filename="../../casebook/services/steps/ratings.py" line="167" />
      <source>the reply date</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="39" />
      <source>An advanced handling unit is a unit, not a case.</source>
      <translation>先进承办单位应为承办单位，而不是议案建议。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="41" />
      <source>An excellent motion or suggestion is a case, not a unit.</source>
      <translation>优秀议案建议应为议案建议，而不是承办单位。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="43" />
      <location filename="../../casebook/services/steps/evaluations.py" line="61" />
      <source>The year {year} is not a year of the register.</source>
      <translation>{year}年不在台账的年份范围内。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="45" />
      <source>A decision needs its document number.</source>
      <translation>决定需填写文号。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="49" />
      <source>The document number is longer than {length} characters.</source>
      <translation>文号超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="55" />
      <source>A decision on {year} cannot be dated {date}, before that year.</source>
      <translation>关于{year}年度的决定，日期不能是该年度之前的{date}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="68" />
      <source>{name} is already marked as {kind} of {year}.</source>
      <translation>{name}已列为{year}年度{kind}。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/decisions.py" line="103" />
      <source>There is no decision with id {id}.</source>
      <translation>没有序号为{id}的决定。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="36" />
      <source>A deliberation needs a title.</source>
      <translation>审议或询问需填写名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="40" />
      <location filename="../../casebook/services/steps/projects.py" line="73" />
      <source>The title is longer than {length} characters.</source>
      <translation>名称超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="44" />
      <source>A unit is named twice among the units questioned.</source>
      <translation>被询问单位中有单位重复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="78" />
      <source>A follow-up item needs its content.</source>
      <translation>整改事项需填写内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="84" />
      <source>The due date {date} is before the deliberation ({earliest}).</source>
      <translation>整改期限{date}早于审议（询问）日期（{earliest}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="112" />
      <source>There is no follow-up item with id {id}.</source>
      <translation>没有序号为{id}的整改事项。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="116" />
      <source>This follow-up item was already done on {date}.</source>
      <translation>该整改事项已于{date}完成。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/deliberations.py" line="129" />
      <source>There is no deliberation with id {id}.</source>
      <translation>没有序号为{id}的审议或询问。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/evaluations.py" line="58" />
      <source>An evaluation needs the name of its evaluator.</source>
      <translation>评议评估需填写评议评估方。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/evaluations.py" line="99" />
      <source>There is no evaluation with id {id}.</source>
      <translation>没有编号为{id}的评议评估记录。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/meetings.py" line="35" />
      <source>There is no reply with id {id}.</source>
      <translation>没有序号为{id}的答复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/meetings.py" line="43" />
      <source>The names of the people met are longer than {length} characters.</source>
      <translation>见面人员超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/opinions.py" line="57" />
      <source>“{text}” is longer than {length} characters.</source>
      <translation>“{text}”超过{length}个字。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/opinions.py" line="71" />
      <source>The station “{name}” is retired; reinstate it first.</source>
      <translation>站点“{name}”已停用，请先启用。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/opinions.py" line="178" />
      <source>There is no opinion numbered {number}.</source>
      <translation>没有编号为{number}的群众意见。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/opinions.py" line="232" />
      <source>The unit's answer needs its text.</source>
      <translation>请填写承办单位的办理答复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="69" />
      <source>A project needs a title.</source>
      <translation>项目需要名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="81" />
      <source>A unit is named twice among the project's units.</source>
      <translation>项目的单位中有一个单位重复。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="90" />
      <source>The number is longer than {length} characters.</source>
      <translation>编号超过{length}个字符。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="98" />
      <source>The number {number} is already a project of {year}.</source>
      <translation>编号 {number} 已是{year}年的项目。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="138" />
      <source>A milestone needs its content.</source>
      <translation>时间节点需要内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="157" />
      <source>There is no milestone with id {id}.</source>
      <translation>没有编号为 {id} 的时间节点。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="161" />
      <source>This milestone was already done on {date}.</source>
      <translation>该节点已于{date}完成。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="182" />
      <source>A progress report needs its text.</source>
      <translation>进展情况需要内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="185" />
      <source>A year-end report says whether the project is done or not done.</source>
      <translation>年终完成情况须说明项目已完成还是未完成。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="224" />
      <source>This project was already rated on {date}.</source>
      <translation>该项目已于{date}测评。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/projects.py" line="252" />
      <source>The year-end report of this project was recorded on {date}; it takes no more steps.</source>
      <translation>该项目已于{date}登记年终完成情况，不能再办理其他步骤。</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/replies.py" line="49" />
      <source>{unit} has already replied in this round</source>
      <translation>{unit}本轮已经答复</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/replies.py" line="111" />
      <source>an assisting unit's reply must contain its written opinion to the lead unit</source>
      <translation>协办单位的答复须包含向主办单位提出的书面意见</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/supervision.py" line="73" />
      <source>a case cannot be joined with itself</source>
      <translation>不能与自身并案</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/supervision.py" line="84" />
      <source>it is already handled together with {other}</source>
      <translation>已与{other}并案办理</translation>
    </message>
    <message>
      <location filename="../../casebook/services/steps/unit_replies.py" line="202" />
      <source>the reply date {date} is after today</source>
      <translation>答复日期 {date} 晚于今天</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="193" />
      <source>There is no database at {path}.</source>
      <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="196" />
      <source>The file {path} is not a database, so it cannot be backed up.</source>
      <translation>文件 {path} 不是数据库，无法备份。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="208" />
      <source>The backup cannot be written over the database itself ({path}).</source>
      <translation>备份不能覆盖数据库本身（{path}）。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="222" />
      <source>The backup written to {path} did not pass SQLite's integrity check ({error}); it was removed.</source>
      <translation>写入 {path} 的备份未通过 SQLite 完整性检查（{error}），已删除。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="230" />
      <source>The backup could not be written to {path}: {error}</source>
      <translation>无法将备份写入 {path}：{error}</translation>
    </message>
    <message>
      <location filename="../../casebook/store/backup.py" line="307" />
      <source>Only a database file (SQLite) can be backed up and restored by Casebook; {database} is not a file: back up a server database with the server's own tools.</source>
      <translation>本程序只能备份和恢复数据库文件（SQLite）；{database} 不是文件，服务器上的数据库请用服务器自带的工具备份。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/database.py" line="67" />
      <source>This database has accounts: sign in first.</source>
      <translation>本数据库已设账户，请先登录。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/database.py" line="129" />
      <source>Another clerk changed the same case at the same moment; nothing of yours was saved. Reload it and try again.</source>
      <translation>另一位工作人员同时修改了这件议案建议，您的修改没有保存。请重新载入后再试。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/database.py" line="150" />
      <source>This database has accounts now: sign in to go on.</source>
      <translation>本数据库现已设立账户，请登录后继续。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/database.py" line="155" />
      <source>Your account has been switched off; ask an administrator.</source>
      <translation>您的账户已被停用，请联系管理员。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/file_lock.py" line="71" />
      <source>Another program holds the file {path} (a Casebook window, or a program that opened it); close it and try again. The file was not changed.</source>
      <translation>文件 {path} 正被另一个程序占用（某个 Casebook 窗口，或打开了它的程序）；请关闭后重试。该文件未作改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="127" />
      <source>The database {database} is at schema {before} and this program needs {after}; the role it signs in with may not upgrade it. Ask the server's administrator to run casebook init as the database's owner role. Nothing was changed.</source>
      <translation>数据库 {database} 的结构版本为 {before}，本程序需要 {after}；程序登录所用的角色无权升级。请服务器管理员以数据库所有者角色运行 casebook init。未作任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="149" />
      <source>The database {database} was written by a newer version of Casebook (schema {revision}). It has not been changed. Install the newer Casebook to open it.</source>
      <translation>数据库 {database} 由更新版本的本程序写入（结构版本 {revision}），未做任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="159" />
      <source>The file {database} is a database, but not a Casebook database. It has not been changed.</source>
      <translation>文件 {database} 不是本程序的台账数据库，未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/migrate.py" line="207" />
      <source>The file {database} is not a database ({error}). It has not been changed.</source>
      <translation>文件 {database} 不是数据库（{error}），未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="128" />
      <source>{file} is the database itself. Choose a backup file to restore.</source>
      <translation>{file} 就是数据库本身。请选择要恢复的备份文件。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="134" />
      <location filename="../../casebook/store/restore.py" line="143" />
      <source>it could not be opened ({error})</source>
      <translation>无法打开该文件（{error}）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="136" />
      <source>it is not a database (a Casebook backup is a .sqlite file)</source>
      <translation>它不是数据库（本程序的备份是 .sqlite 文件）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="248" />
      <source>Another program holds the file {path}; close it and try again.</source>
      <translation>文件 {path} 正被另一个程序占用；请关闭后重试。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="295" />
      <source>it could not be brought to this program's schema ({error})</source>
      <translation>无法将其升级到本程序的数据库结构（{error}）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="312" />
      <source>it lacks parts of a Casebook database ({parts})</source>
      <translation>它缺少 Casebook 数据库的部分内容（{parts}）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="339" />
      <location filename="../../casebook/store/restore.py" line="336" />
      <source>it is damaged ({error})</source>
      <translation>文件已损坏（{error}）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="346" />
      <source>it was written by a newer version of Casebook (schema {revision})</source>
      <translation>它由更新版本的本程序写入（结构版本 {revision}）</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="354" />
      <location filename="../../casebook/store/restore.py" line="350" />
      <source>it is a database, but not a Casebook database</source>
      <translation>它是数据库，但不是本程序的台账数据库</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="360" />
      <source>Another program kept writing to {path} for {seconds} seconds (an import, another clerk's save, or a program that holds the file); the backup was not restored and nothing was changed. Try again when it has finished.</source>
      <translation>另一个程序已持续写入 {path} {seconds} 秒（导入、其他工作人员的保存，或占用该文件的程序）；备份未恢复，未作任何改动。请待其完成后重试。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="373" />
      <source>{file} could not be put in place of the database ({error}). The database was not changed.</source>
      <translation>无法用 {file} 替换数据库（{error}）。数据库未做改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/restore.py" line="381" />
      <source>{file} cannot be restored: {reason}. Nothing was changed.</source>
      <translation>无法恢复 {file}：{reason}。未做任何改动。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/text_limits.py" line="46" />
      <source>the text “{start}” is {length} characters long; the register keeps at most {limit} characters in {field}</source>
      <translation>文字“{start}”有 {length} 个字，{field}最多只能保存 {limit} 个字</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../casebook/cli/settings.py" line="25" />
      <source>result categories (办理结果): code and name of each</source>
      <translation>办理结果分类：每类的代码和名称</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="26" />
      <source>rating levels: code, name and whether it counts as satisfied</source>
      <translation>测评等次：代码、名称及是否计为满意</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="27" />
      <source>result categories counted as resolved (the headline rate)</source>
      <translation>计为解决的办理结果分类（主要比率）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="28" />
      <source>result categories counted as accomplished (办成率)</source>
      <translation>计为办成的办理结果分类（办成率）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="29" />
      <source>months a unit has to reply</source>
      <translation>承办单位答复期限（月）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="30" />
      <source>longest reply period after an extension, in months</source>
      <translation>延期后最长答复期限（月）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="31" />
      <source>months an assisting unit has to send its opinion</source>
      <translation>协办单位提出意见期限（月）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="32" />
      <source>days a unit has to ask for another unit</source>
      <translation>承办单位申请调整的期限（天）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="33" />
      <source>count those days as working days</source>
      <translation>上述期限按工作日计算</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="34" />
      <source>months for a re-handling round</source>
      <translation>重新办理期限（月）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="35" />
      <source>whose rating counts: lead or least_satisfied</source>
      <translation>以谁的测评为准：lead（领衔代表）或 least_satisfied（最不满意者）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="36" />
      <source>daily backups kept</source>
      <translation>保留的每日备份份数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="37" />
      <source>weight of each rate in a unit's score (先进承办单位)</source>
      <translation>各比率在承办单位评分中的权重（先进承办单位）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="38" />
      <source>the office's own kinds of evaluation besides 人大评议 and 第三方评估</source>
      <translation>人大评议、第三方评估之外本机构自定的评议评估类型</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="41" />
      <source>the grades of an evaluation and the points each counts (0–100)</source>
      <translation>评议评估的等次及各等次折算的分数（0—100）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="42" />
      <source>weight of a unit's evaluations of the year in its score (0: none)</source>
      <translation>单位年度评议评估在单位得分中的权重（0：不计）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="43" />
      <source>the options of the deputies' year-end rating of 民生实事 projects</source>
      <translation>代表对民生实事项目年终满意度测评的选项</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="46" />
      <source>those of the projects' rating options counted as satisfied</source>
      <translation>项目测评选项中计为满意的选项</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="49" />
      <source>target of each rate in percent, e.g. {"accomplishment_rate": 80} (a rate not listed: none)</source>
      <translation>各比率的目标（百分数），如 {"accomplishment_rate": 80}（未列出的比率：无目标）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="52" />
      <source>columns of the printed register</source>
      <translation>打印台账的列</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="53" />
      <source>decimals of rates: 0, 1 or 2</source>
      <translation>比率的小数位数：0、1或2</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="54" />
      <source>rounding of rates: half_up or truncate</source>
      <translation>比率的取舍：half_up（四舍五入）或 truncate（截尾）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="55" />
      <source>decimals of each result class's share: 0, 1 or 2</source>
      <translation>各办理结果类别占比的小数位数：0、1或2</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="56" />
      <source>rounding of result class shares: half_up or truncate</source>
      <translation>办理结果类别占比的取舍：half_up 或 truncate</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="57" />
      <source>decimals of each category's share: 0, 1 or 2</source>
      <translation>各内容分类占比的小数位数：0、1或2</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="58" />
      <source>rounding of category shares: half_up or truncate</source>
      <translation>内容分类占比的取舍：half_up 或 truncate</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="59" />
      <source>decimals of each rating level's share: 0, 1 or 2</source>
      <translation>各测评等次占比的小数位数：0、1或2</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="60" />
      <source>rounding of rating level shares: half_up or truncate</source>
      <translation>测评等次占比的取舍：half_up 或 truncate</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="61" />
      <source>make shares add up to 100 (largest remainder)</source>
      <translation>占比合计凑足100%（最大余数法）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="62" />
      <source>name of the headline rate in the sentences (empty: 解决率)</source>
      <translation>报告语句中主要比率的名称（留空：解决率）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="63" />
      <source>word for what the headline rate counts (empty: 解决)</source>
      <translation>主要比率所计事项的用词（留空：解决）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="64" />
      <source>the headline sentence: empty (the usual wording), enumeration, or a template with placeholders</source>
      <translation>报告首句：留空（通常措辞）、enumeration（逐类列举），或带占位符的模板</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="67" />
      <source>the office's name signing the letters to units (落款)</source>
      <translation>致承办单位函件的落款单位名称</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="68" />
      <source>the contact line of the letters (联系人及电话)</source>
      <translation>函件中的联系人及电话</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="69" />
      <source>folder with the office's own letter templates (empty: the shipped ones)</source>
      <translation>本单位函件模板所在文件夹（空：使用自带模板）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/settings.py" line="72" />
      <source>largest file that may be attached, in MB</source>
      <translation>附件大小上限（MB）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/settings.py" line="53" />
      <source>%n months</source>
      <translation>
        <numerusform>%n 个月</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/settings.py" line="53" />
      <source>%n days</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="73" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="108" />
      <location filename="../../casebook/ui/views/settings.py" line="110" />
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="26" />
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="108" />
      <location filename="../../casebook/ui/views/settings.py" line="110" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="111" />
      <source>Counts as satisfied</source>
      <translation>计为满意</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="126" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="127" />
      <source>Revert</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="142" />
      <source>Deadlines</source>
      <translation>办理时限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="144" />
      <source>A lead unit replies within:</source>
      <translation>主办单位答复期限：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="146" />
      <source>With approval, at most within:</source>
      <translation>经批准延期，最长：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="149" />
      <source>Assisting units send their opinion within:</source>
      <translation>协办单位提出意见期限：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="153" />
      <source>After an unsatisfied rating, reply again within:</source>
      <translation>不满意后重新办理答复期限：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="157" />
      <source>A unit asks to be reassigned within:</source>
      <translation>申请调整承办单位期限：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="159" />
      <source>Backups kept:</source>
      <translation>保留备份份数：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="161" />
      <source>Unit score weights</source>
      <translation>先进承办单位评分权重</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="163" />
      <source>A unit's score is the weighted mean of its rates.</source>
      <translation>承办单位得分为各项比率的加权平均。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="165" />
      <location filename="../../casebook/ui/views/settings.py" line="171" />
      <source>:</source>
      <translation>：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="167" />
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="169" />
      <source>The rate the office aims at, e.g. 80% (none: no target).</source>
      <translation>本机构力争达到的比率，如80%（“无”：不设目标）。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="173" />
      <source>This computer</source>
      <translation>本机设置</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="175" />
      <source>Language:</source>
      <translation>界面语言：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="176" />
      <source>Kept on this computer, not in the database.</source>
      <translation>保存在本机，不影响数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="178" />
      <source>Result categories</source>
      <translation>办理结果类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="181" />
      <source>Counted as resolved (resolution rate):</source>
      <translation>计入“解决”（解决率）：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="182" />
      <source>Counted as accomplished (accomplishment rate):</source>
      <translation>计入“办成”（办成率）：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="186" />
      <source>Changing what counts recalculates the statistics.</source>
      <translation>修改计入口径后，统计数据将按新口径重新计算。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="189" />
      <source>Rating options</source>
      <translation>满意度测评选项</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="192" />
      <source>Printed register</source>
      <translation>打印台账</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="196" />
      <source>The columns of the “Print” sheet of the register export, in this order. It prints on A4 landscape, or A3 when the columns do not fit.</source>
      <translation>导出台账中「打印」工作表的列，按此顺序排列。横向A4纸打印，列放不下时用A3纸。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="220" />
      <source>The office settings are kept in the database and apply to everyone using it.</source>
      <translation>以下办公室设置保存在数据库中，对使用本数据库的所有人生效。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings.py" line="337" />
      <source>The settings have been saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="25" />
      <source>Evaluations</source>
      <translation>评议评估</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="26" />
      <source>Kind</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="27" />
      <source>Grade</source>
      <translation>等次</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="27" />
      <source>Points</source>
      <translation>分值</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="31" />
      <source>not counted</source>
      <translation>不计入</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="33" />
      <source>人大评议 and 第三方评估 are always there; add the office's own kinds. A grade counts its points (0–100) in the unit ranking, with the weight given here.</source>
      <translation>人大评议和第三方评估始终可用，可在此增加本机关自定的评议类别。评定等次按所计分值（0–100分）以此处的权重计入承办单位排名。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="44" />
      <source>The office's own kinds of evaluation:</source>
      <translation>本机关自定的评议类别：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="46" />
      <source>Grades and their points:</source>
      <translation>评定等次及分值：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="48" />
      <source>Weight in a unit's score:</source>
      <translation>在单位得分中的权重：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_evaluations.py" line="68" />
      <source>A grade worth {points} points needs its name.</source>
      <translation>计{points}分的等次需要填写名称。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_tables.py" line="58" />
      <source>Add a row</source>
      <translation>添加一行</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/settings_tables.py" line="59" />
      <source>Remove the selected row</source>
      <translation>删除所选行</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="58" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="67" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="69" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="74" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="75" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="89" />
      <source>Type your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="126" />
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="53" />
      <source>Sign in to Casebook</source>
      <translation>登录 Casebook</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="138" />
      <source>Change my password</source>
      <translation>修改我的密码</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="140" />
      <source>Reset the password of {name}</source>
      <translation>重置 {name} 的密码</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="145" />
      <source>At least {count} characters.</source>
      <translation>至少{count}个字符。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="153" />
      <source>Current password:</source>
      <translation>当前密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="154" />
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="155" />
      <source>New password again:</source>
      <translation>再次输入新密码：</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/sign_in.py" line="164" />
      <source>The two new passwords differ; type them again.</source>
      <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
  </context>
  <context>
    <name>SimilarPanel</name>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="90" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="91" />
      <source>Session</source>
      <translation>届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="92" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="93" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="94" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="95" />
      <source>Rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="96" />
      <source>Score</source>
      <translation>相似度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="104" />
      <source>Double-click a case to open it.</source>
      <translation>双击案件可打开。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="112" />
      <location filename="../../casebook/ui/views/similar_panel.py" line="124" />
      <source>Type a title to see the similar cases of earlier years.</source>
      <translation>输入标题即可查看历年相似的建议议案。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="127" />
      <source>Building the index…</source>
      <translation>正在建立索引…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casebook/ui/views/similar_panel.py" line="146" />
      <source>%n cases with a similar title or content, most similar first:</source>
      <translation>
        <numerusform>标题或内容相似的案件%n件（按相似度排列）：</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="149" />
      <source>No similar case.</source>
      <translation>未找到相似的案件。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/similar_panel.py" line="156" />
      <source>Could not look for similar cases: {error}</source>
      <translation>无法查找相似案件：{error}</translation>
    </message>
  </context>
  <context>
    <name>Statistics</name>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="42" />
      <source>Received</source>
      <translation>收集件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="43" />
      <source>Passed on</source>
      <translation>转交件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="44" />
      <source>Answered</source>
      <translation>办复件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="45" />
      <source>Fed back</source>
      <translation>反馈件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="56" />
      <source>Opinions of the public received in {year} (as of {date})</source>
      <translation>{year}年收集的群众意见建议（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="60" />
      <source>All stations</source>
      <translation>全部站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/opinion_stats.py" line="63" />
      <source>Station</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="17" />
      <source>Projects voted</source>
      <translation>票决项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="18" />
      <source>In progress</source>
      <translation>推进中</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="19" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="20" />
      <source>Not done</source>
      <translation>未完成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="21" />
      <source>On schedule</source>
      <translation>按序时推进</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="22" />
      <source>Behind schedule</source>
      <translation>进度滞后</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="23" />
      <source>Milestones</source>
      <translation>时间节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="24" />
      <source>Milestones due</source>
      <translation>到期节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="25" />
      <source>Milestones done</source>
      <translation>已完成节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="26" />
      <source>Milestones on time</source>
      <translation>按期完成节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="27" />
      <source>Milestones overdue</source>
      <translation>逾期节点</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="28" />
      <source>Projects rated</source>
      <translation>已测评项目</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="29" />
      <source>Rating votes</source>
      <translation>测评票数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="30" />
      <source>Satisfied votes</source>
      <translation>满意票数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="53" />
      <source>Livelihood projects of {year} (as of {date})</source>
      <translation>{year}年民生实事项目（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="65" />
      <location filename="../../casebook/cli/stats.py" line="163" />
      <location filename="../../casebook/cli/stats.py" line="120" />
      <source>Figure</source>
      <translation>指标</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="69" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/project_stats.py" line="70" />
      <location filename="../../casebook/cli/stats.py" line="166" />
      <source>Rate</source>
      <translation>比率</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="68" />
      <source>Rank</source>
      <translation>名次</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="69" />
      <location filename="../../casebook/cli/stats.py" line="173" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="70" />
      <location filename="../../casebook/cli/stats.py" line="139" />
      <location filename="../../casebook/cli/stats.py" line="174" />
      <location filename="../../casebook/services/statistics/by_session.py" line="60" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/ranking.py" line="72" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="117" />
      <source>{year} by session (as of {date})</source>
      <translation>{year}年分会议统计（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="140" />
      <source>Assigned</source>
      <translation>已交办</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="141" />
      <location filename="../../casebook/services/statistics/by_session.py" line="61" />
      <source>Replied</source>
      <translation>已答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="142" />
      <location filename="../../casebook/cli/stats.py" line="175" />
      <location filename="../../casebook/services/statistics/by_session.py" line="62" />
      <source>Resolved</source>
      <translation>解决</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="143" />
      <location filename="../../casebook/services/statistics/by_session.py" line="63" />
      <source>Accomplished</source>
      <translation>办成</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="144" />
      <location filename="../../casebook/services/statistics/by_session.py" line="64" />
      <source>Rated</source>
      <translation>已测评</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="145" />
      <location filename="../../casebook/services/statistics/by_session.py" line="65" />
      <source>Satisfied</source>
      <translation>满意和基本满意</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="146" />
      <location filename="../../casebook/services/statistics/by_session.py" line="66" />
      <source>Replies due</source>
      <translation>应答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="147" />
      <location filename="../../casebook/services/statistics/by_session.py" line="67" />
      <source>Replied on time</source>
      <translation>按期答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="148" />
      <source>Overdue</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="149" />
      <source>Met in person</source>
      <translation>当面沟通</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="155" />
      <source>{year} (as of {date})</source>
      <translation>{year}年（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="156" />
      <source>{previous} (as of {date})</source>
      <translation>{previous}（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="166" />
      <source>Change (points)</source>
      <translation>同比（百分点）</translation>
    </message>
    <message>
      <location filename="../../casebook/cli/stats.py" line="170" />
      <source>By lead unit</source>
      <translation>按主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="71" />
      <source>Resolution rate</source>
      <translation>解决率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="72" />
      <source>Accomplishment rate</source>
      <translation>办成率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="73" />
      <source>Satisfaction rate</source>
      <translation>满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="74" />
      <source>First-round satisfaction rate</source>
      <translation>初次满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="75" />
      <source>On-time reply rate</source>
      <translation>按期答复率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/metrics.py" line="76" />
      <source>Meeting rate</source>
      <translation>见面率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="38" />
      <source>Completion rate</source>
      <translation>完成率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="39" />
      <source>On-time milestone rate</source>
      <translation>节点按期完成率</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/project_figures.py" line="40" />
      <source>Satisfaction rate of the year-end rating</source>
      <translation>年终测评满意率</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/by_session.py" line="54" />
      <source>Whole year</source>
      <translation>全年</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/by_session.py" line="72" />
      <source>Reply rate</source>
      <translation>办复率</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/by_session.py" line="73" />
      <source>Closing rate</source>
      <translation>办结率</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/figures.py" line="236" />
      <source>Key</source>
      <translation>重点督办</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/figures.py" line="236" />
      <source>Ordinary</source>
      <translation>一般</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/figures.py" line="238" />
      <source>(none)</source>
      <translation>（未填）</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/ranking.py" line="41" />
      <source>Evaluations</source>
      <translation>评议评估得分</translation>
    </message>
    <message>
      <location filename="../../casebook/services/statistics/ranking.py" line="43" />
      <source>Score = ({terms}) ÷ the sum of the weights of the rates the unit has</source>
      <translation>得分 = ({terms}) ÷ 该单位有数据的各比率权重之和</translation>
    </message>
  </context>
  <context>
    <name>Step</name>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="101" />
      <source>Handling unit</source>
      <translation>承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="102" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="103" />
      <source>Assigned on</source>
      <translation>交办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="107" />
      <source>Also assign the {count} cases handled jointly with it</source>
      <translation>同时交办与本件并案的{count}件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="108" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="108" />
      <source>No, only this case</source>
      <translation>否，只交办本件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="124" />
      <source>Session of the other case</source>
      <translation>并案件所属届次会议</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="126" />
      <source>Number of the other case</source>
      <translation>并案件编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="127" />
      <source>Joined on</source>
      <translation>并案日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="141" />
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="207" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="142" />
      <source>Acknowledged on</source>
      <translation>签收日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="152" />
      <source>Unit to replace</source>
      <translation>需调整的单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="153" />
      <source>New unit</source>
      <translation>新承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="154" />
      <source>Changed on</source>
      <translation>调整日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="155" />
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="168" />
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="212" />
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="323" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="166" />
      <source>Unit asking to be relieved</source>
      <translation>申请调整的承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="167" />
      <source>Asked on</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="169" />
      <source>Unit it suggests</source>
      <translation>建议改由的单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="187" />
      <source>Approve</source>
      <translation>同意调整</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="187" />
      <source>Refuse</source>
      <translation>不同意调整</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="188" />
      <source>Unit that takes over (when approved)</source>
      <translation>接办单位（同意调整时）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="190" />
      <source>Request</source>
      <translation>调整申请</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="191" />
      <source>Decision</source>
      <translation>审批意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="192" />
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="333" />
      <source>Decided on</source>
      <translation>决定日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="194" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="209" />
      <source>New reply deadline</source>
      <translation>新的答复期限</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="210" />
      <source>Approved by</source>
      <translation>批准人</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="211" />
      <source>Approved on</source>
      <translation>批准日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="222" />
      <source>Replying unit</source>
      <translation>答复单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="223" />
      <source>Replied on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="224" />
      <source>Result (lead and separate units)</source>
      <translation>办理结果（主办、分办单位）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="227" />
      <source>How the deputy was met</source>
      <translation>沟通方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="232" />
      <source>Met by</source>
      <translation>沟通人员</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="234" />
      <source>Summary, or the assisting unit's opinion</source>
      <translation>答复摘要（协办单位填写书面意见）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="245" />
      <source>Deputy</source>
      <translation>代表</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="246" />
      <source>Rated on</source>
      <translation>测评日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="247" />
      <source>Rating on the form</source>
      <translation>总体测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="248" />
      <source>Rating of the handling work</source>
      <translation>对办理工作的评价</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="249" />
      <source>Rating of the result</source>
      <translation>对办理结果的评价</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="250" />
      <source>Deputy's comment</source>
      <translation>代表意见说明</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="265" />
      <source>Re-handling from</source>
      <translation>重新办理开始日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="274" />
      <source>Closed on</source>
      <translation>办结日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="277" />
      <source>On an unsatisfied rating: why it is closed (代表同意办结)</source>
      <translation>测评不满意时的办结理由（代表同意办结）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="281" />
      <source>The deputy agreed on</source>
      <translation>代表同意日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="294" />
      <source>Reviewed on</source>
      <translation>回头看日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="295" />
      <source>Result now</source>
      <translation>现办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="296" />
      <source>Measures carried out</source>
      <translation>落实情况</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="307" />
      <source>Kind</source>
      <translation>督办方式</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="308" />
      <source>Held on</source>
      <translation>督办日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="309" />
      <source>Participants</source>
      <translation>参加人员</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="310" />
      <source>Notes</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="322" />
      <source>Withdrawn on</source>
      <translation>撤回日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="331" />
      <source>the presidium</source>
      <translation>大会主席团</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/case_actions.py" line="334" />
      <source>Decided by</source>
      <translation>决定机关</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/step_dialog.py" line="96" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/step_dialog.py" line="180" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/dialogs/step_dialog.py" line="200" />
      <source>Please choose one</source>
      <translation>请选择</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <location filename="../../casebook/store/failures.py" line="33" />
      <source>The disk holding the database is full, so the change was not saved.</source>
      <translation>存放数据库的磁盘已满，这次修改没有保存。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="34" />
      <source>Free some space on that disk (empty the recycle bin, move old files away), then save again. What you typed is still in the form.</source>
      <translation>请清理该磁盘的空间（清空回收站、移走旧文件）后再保存。您填写的内容仍在表单中。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="41" />
      <source>The database is busy: another program or another Casebook window is writing to it.</source>
      <translation>数据库正忙：另一个程序或另一个台账窗口正在写入。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="42" />
      <source>Wait a moment and save again. If it keeps happening, close the other Casebook windows; an office where several clerks work at once should use the shared office server.</source>
      <translation>请稍候再保存。如果反复出现，请关闭其他台账窗口；多人同时录入的办公室应使用共享的办公室服务器。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="49" />
      <source>The database file cannot be written: it or its folder is read-only.</source>
      <translation>数据库文件无法写入：文件或所在文件夹是只读的。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="50" />
      <source>Ask the computer's administrator to give you write access to the database file and its folder, or copy the database to your own data folder and open that copy.</source>
      <translation>请联系电脑管理员为数据库文件及其文件夹开通写入权限，或把数据库复制到您自己的数据文件夹后打开副本。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="57" />
      <source>The database file is damaged: SQLite cannot read some of its pages.</source>
      <translation>数据库文件已损坏：SQLite 无法读取其中部分内容。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="58" />
      <source>Restore the latest backup (文件 → 恢复, or casebook restore FILE); the damaged file is kept aside.</source>
      <translation>请恢复最近的备份（文件 → 恢复，或 casebook restore 文件）；损坏的文件会另存一份。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="64" />
      <source>The disk holding the database could not be read or written (it may be full or failing).</source>
      <translation>存放数据库的磁盘无法读写（可能已满或出现故障）。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="65" />
      <source>Check that the disk has free space and is still connected, then try again. If it keeps happening, copy the database and its backups to another disk.</source>
      <translation>请检查磁盘是否还有空间、是否仍已连接，然后重试。如反复出现，请把数据库及其备份复制到另一块磁盘。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="72" />
      <source>The office server's database cannot be reached.</source>
      <translation>无法连接办公室服务器上的数据库。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="73" />
      <source>Check the network and that the server is running, then try again; or ask its administrator.</source>
      <translation>请检查网络和服务器是否在运行，然后重试；或联系服务器管理员。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="76" />
      <source>The database file cannot be found or opened (was it moved, or is a network drive gone?).</source>
      <translation>找不到或打不开数据库文件（文件被移动了，还是网络盘断开了？）。</translation>
    </message>
    <message>
      <location filename="../../casebook/store/failures.py" line="77" />
      <source>Reconnect the drive or put the file back, then try again; or restore the latest backup (文件 → 恢复).</source>
      <translation>请重新连接网络盘或把文件放回原处后再试；也可以恢复最近的备份（文件 → 恢复）。</translation>
    </message>
  </context>
  <context>
    <name>Supervision</name>
    <message>
      <location filename="../../casebook/cli/supervision.py" line="62" />
      <location filename="../../casebook/ui/views/supervision.py" line="237" />
      <location filename="../../casebook/ui/views/supervision.py" line="211" />
      <source>Deputy-affairs office</source>
      <translation>人代联委</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="56" />
      <location filename="../../casebook/ui/views/supervision.py" line="68" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="57" />
      <location filename="../../casebook/ui/views/supervision.py" line="69" />
      <source>Number</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="58" />
      <location filename="../../casebook/ui/views/supervision.py" line="70" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="59" />
      <location filename="../../casebook/ui/views/supervision.py" line="71" />
      <source>Lead units</source>
      <translation>主办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="60" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="61" />
      <location filename="../../casebook/ui/views/supervision.py" line="72" />
      <source>Result</source>
      <translation>办理结果</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="62" />
      <location filename="../../casebook/ui/views/supervision.py" line="74" />
      <source>Rating</source>
      <translation>测评意见</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="63" />
      <source>Overdue reply</source>
      <translation>逾期未答复</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="64" />
      <source>Records</source>
      <translation>督办次数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="65" />
      <source>Last supervised</source>
      <translation>最近督办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="73" />
      <source>Replied on</source>
      <translation>答复日期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="75" />
      <source>Reviews</source>
      <translation>回头看次数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="76" />
      <source>Last reviewed</source>
      <translation>最近回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="125" />
      <source>Supervision in three tiers</source>
      <translation>分级督办</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="128" />
      <source>Overdue and due soon</source>
      <translation>逾期与即将到期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="129" />
      <source>Follow-up reviews</source>
      <translation>回头看</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="131" />
      <source>Deliberations and inquiries</source>
      <translation>审议和询问</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="145" />
      <source>All years</source>
      <translation>全部年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="151" />
      <source>Supervised by</source>
      <translation>督办主体</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="152" />
      <source>Cases</source>
      <translation>件数</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="153" />
      <source>Closed</source>
      <translation>已办结</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="154" />
      <source>Overdue</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="176" />
      <source>Year of submission</source>
      <translation>提出年度</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="235" />
      <source>Choose a leader, a committee or the office.</source>
      <translation>请选择督办领导、专工委或人代联委。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="239" />
      <source>{name}: {cases} cases, {closed} closed, {overdue} with an overdue reply</source>
      <translation>{name}：督办{cases}件，已办结{closed}件，逾期未答复{overdue}件</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="276" />
      <source>Export to Excel…</source>
      <translation>导出Excel…</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="279" />
      <source>Cases of earlier years whose result is still B (being solved) or C (to be solved later). Open a case and record its follow-up review when a promised measure was carried out: its result changes from that date on.</source>
      <translation>以往年度办理结果仍为B类（正在解决或列入计划逐步解决）或C类（因条件限制需以后解决）的建议。承诺事项落实后，打开该件登记“回头看”，其办理结果自登记之日起改变。</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="306" />
      <source>{count} cases to review (as of {date})</source>
      <translation>需回头看{count}件（截至{date}）</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="327" />
      <source>Follow-up list {date}</source>
      <translation>回头看清单 {date}</translation>
    </message>
    <message>
      <location filename="../../casebook/ui/views/supervision.py" line="328" />
      <source>Export the follow-up list</source>
      <translation>导出回头看清单</translation>
    </message>
  </context>
  <context>
    <name>Targets</name>
    <message>
      <location filename="../../casebook/domain/rate_targets.py" line="88" />
      <source>target {target}, no figures yet</source>
      <translation>目标{target}，尚无数据</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/rate_targets.py" line="90" />
      <source>target {target}, reached</source>
      <translation>目标{target}，已达到</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/rate_targets.py" line="91" />
      <source>target {target}, {points} points short</source>
      <translation>目标{target}，尚差{points}个百分点</translation>
    </message>
  </context>
  <context>
    <name>Tracked</name>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="69" />
      <source>Congress evaluation (人大评议)</source>
      <translation>人大评议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="70" />
      <source>Third-party assessment (第三方评估)</source>
      <translation>第三方评估</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="71" />
      <source>Standing committee deliberation</source>
      <translation>常委会审议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="72" />
      <source>Topical inquiry</source>
      <translation>专题询问</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="73" />
      <source>Excellent motion or suggestion</source>
      <translation>优秀议案建议</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="74" />
      <source>Advanced handling unit</source>
      <translation>先进承办单位</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="75" />
      <source>Before handling</source>
      <translation>办理前</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="76" />
      <source>During handling</source>
      <translation>办理中</translation>
    </message>
    <message>
      <location filename="../../casebook/domain/tracked_records.py" line="77" />
      <source>After handling</source>
      <translation>办理后</translation>
    </message>
  </context>
  <context>
    <name>Worker</name>
    <message>
      <location filename="../../casebook/ui/jobs/workers.py" line="58" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
</TS>
