"""Everything the registry duty says, in one place for review."""

REGISTER_USAGE = "登记 单位=… 事项=… 类型=常设|临时|专项 [截止=YYYY-MM-DD] [分管领导=…]"
REGISTER_ASK = (
    "请发送本群的登记信息，例如：\n"
    "单位=信息中心 事项=政务公开 类型=临时 截止=2026-12-31\n"
    "（类型为 常设、临时 或 专项；发送“取消”放弃）"
)
REGISTER_MISSING = "还缺少：{missing}。请补充后再发送，或发送“取消”放弃。"
CANCELLED = "已取消。"
REGISTER_PENDING = "已收到本群的登记申请：\n{summary}\n等待信息中心确认备案，确认后会在群内通知。"
REGISTER_DONE = "本群已登记备案：\n{summary}"
REGISTER_UPDATED_PENDING = "已更新本群的登记申请：\n{summary}\n等待信息中心确认备案。"
ALREADY_REGISTERED = "本群已登记备案（{unit}／{matter}）。如需变更登记信息，请联系信息中心。"
DUPLICATE = (
    "登记未受理：{unit} 已有事项为“{matter}”的工作群 {existing}（{status}）。"
    "按规定同一单位同一事项只建一个群，请在原群开展工作，或先注销原群。"
)
BAD_KIND = "类型应为 常设、临时 或 专项。"
END_IN_PAST = "截止日期不能早于今天。"
END_NEEDED = "临时群和专项群请填写截止日期（截止=YYYY-MM-DD），以便到期提醒解散注销。"
TOO_LONG = "{what}过长（最多 {limit} 个字）。"
EMPTY_VALUE = "{what}不能为空。"

NEW_REQUEST_REPORT = (
    "【待备案】{group} 申请登记\n{summary}\n申请人：{actor}\n"
    "通过：/备案 通过 {group}\n退回：/备案 退回 {group} 原因"
)

CONFIRM_USAGE = "备案 通过|退回 <群> [原因]"
CONFIRM_BAD = "用法：/备案 通过 <群> 或 /备案 退回 <群> 原因，<群> 如 qq:123456。"
CONFIRM_NEED_GROUP = "请写明要备案的群，如 /备案 通过 qq:123456。"
CONFIRM_NEED_REASON = "退回登记请写明原因，如 /备案 退回 qq:123456 事项名称不规范。"
UNKNOWN_GROUP = "未找到群 {group} 的登记记录。"
NOT_PENDING = "群 {group} 没有待确认的登记（当前状态：{status}）。"
CONFIRMED_ADMIN = "已通过 {group} 的登记备案。"
RETURNED_ADMIN = "已退回 {group} 的登记，原因已通知该群。"
CONFIRMED_GROUP = "本群登记已通过信息中心备案：\n{summary}"
RETURNED_GROUP = "本群登记被信息中心退回，原因：{reason}\n请修改后重新发送 /登记。"

INFO_UNREGISTERED = (
    "群：{group}\n状态：未登记\n"
    "发现时间：{seen}\n登记期限：{deadline}（{overdue}）\n"
    "请群管理员发送 /" + REGISTER_USAGE
)
INFO_TEMPLATE = (
    "群：{group}\n状态：{status}\n{summary}\n指定管理员：{admins}\n{dates}\n合规情况：{compliance}"
)

ADMIN_USAGE = "群管理员 [添加|删除 @成员]"
ADMIN_LIST = "本群指定管理员：{admins}"
ADMIN_NONE = "本群尚未指定专人管理员。群管理员可发送 /群管理员 添加 @成员。"
ADMIN_BAD = "用法：/群管理员 添加 @成员 或 /群管理员 删除 @成员（也可写 qq:号码）。"
ADMIN_ADDED = "已添加指定管理员：{users}"
ADMIN_REMOVED = "已删除指定管理员：{users}"
ADMIN_NOTHING = "没有变化：{users} {why}。"

LIST_USAGE = "群列表 [已登记|待确认|未登记|超期|已注销|全部]"
LIST_BAD_STATUS = "未知状态“{status}”，可用：已登记、待确认、未登记、超期、已完成、已注销、全部。"
LIST_EMPTY = "没有{label}的群。"
LIST_HEAD = "{label}的群共 {count} 个："
LIST_MORE = "……另有 {more} 个，完整列表请用 qunguan groups 或管理后台查看。"

DEREGISTER_ASK = "确认注销 {group} 的登记吗？注销后不再提醒。发送“确认”继续，发送其他内容取消。"
DEREGISTER_DONE = "已注销 {group} 的登记。"
DEREGISTER_ALREADY = "{group} 已是注销状态。"
DEREGISTER_NOT_REGISTERED = "{group} 尚未登记，无需注销。"

REMIND_REGISTER = (
    "本群尚未在信息中心登记备案。按规定工作群应在建群后 {days} 个工作日内登记，"
    "期限为 {deadline}。请群主或管理员发送：\n/" + REGISTER_USAGE
)
REMIND_REGISTER_OVERDUE = (
    "本群已超过登记期限（{deadline}）仍未登记备案，已报告信息中心。请群主或管理员尽快发送：\n/"
    + REGISTER_USAGE
)
REPORT_REGISTER_OVERDUE = (
    "【登记超期】{group} 自 {seen} 发现以来，超过 {days} 个工作日仍未登记备案（期限 {deadline}）。"
)
WELCOME_UNREGISTERED = REMIND_REGISTER
