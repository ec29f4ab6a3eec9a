"""Everything the moderation duty says. Warnings name the category, never the content."""

WARN_GROUP = "你的消息涉及“{categories}”，{done}。请遵守工作群管理规定。（近 {days} 天第 {count} 次提醒，记录 #{flag}）"
WARN_PRIVATE = "你在 {group} 发送的消息含有{categories}，{done}。请勿在工作群发布个人身份证号、银行卡号、手机号等信息。（记录 #{flag}）"
WARN_PRIVATE_FALLBACK = (
    "你的消息含有{categories}，{done}，详情已记录。请勿在工作群发布个人信息。（记录 #{flag}）"
)
DONE_RECALLED = "已撤回"
DONE_NOT_RECALLED = "已记录"
RECALL_UNSUPPORTED = "（{platform}无法撤回消息，已上报信息中心）"
RECALL_FAILED = "（撤回失败：机器人可能不是群管理员）"
MUTED = "你已被禁言 {minutes} 分钟（近 {days} 天第 {count} 次提醒）。"
MUTE_UNSUPPORTED = "（{platform}无法禁言，已改为上报信息中心）"
REPORT_FLAG = "【内容监督】{group} 成员 {user} 发布{categories}内容，{done}。记录 #{flag}（规则 {rules}，策略 {version}）。"
REPORT_LADDER = "【警告升级】{group} 成员 {user} 近 {days} 天已被提醒 {count} 次，请关注。"
TOPIC_REMINDER = "本群为工作群，请勿讨论与工作无关的话题。"

CHECK_USAGE = "检测 文本"
CHECK_NONE = "未发现问题（策略 {version}）。"
CHECK_HEAD = "检测结果（策略 {version}）："
CHECK_LINE = "· {name}（{rule}）第 {start}–{end} 字：{term} → {action}"
CHECK_OFFTOPIC_ACTION = "连续 {streak} 条时提醒"
ACTION_NAMES = {
    "log": "记录",
    "recall": "撤回",
    "warn": "群内提醒",
    "warn_private": "私聊提醒",
    "mute": "禁言",
    "report": "上报信息中心",
    "kick": "移出群聊",
}
CHECK_SUPPRESSED = "· 未处理：{name}（{rule}）“{term}” —— {reason}"

WARN_USAGE = "警告 @成员 原因"
WARN_NEED_TARGET = "用法：/警告 @成员 原因（也可写 qq:号码）。"
WARN_NEED_REASON = "请写明警告原因，如 /警告 @张三 发布与工作无关的链接。"
WARN_ADMIN = "不能警告群管理员或信息中心人员。"
WARN_DONE = "已警告 {user}：{reason}（近 {days} 天第 {count} 次）。"
WARN_NOTICE = "{reason}。请遵守工作群管理规定。（近 {days} 天第 {count} 次提醒）"
WARNINGS_NONE = "{user} 近 {days} 天没有警告记录。"
WARNINGS_HEAD = "{user} 近 {days} 天的警告（{count} 次）："
UNWARN_USAGE = "撤销警告 @成员"
UNWARN_NONE = "{user} 没有可撤销的警告。"
UNWARN_DONE = "已撤销 {user} 最近一次警告（#{id}：{reason}）。"
FP_USAGE = "误报 记录号"
FP_BAD = "用法：/误报 N，N 为警告消息中的记录号。"
FP_UNKNOWN = "本群没有记录 #{flag}。"
FP_ALREADY = "记录 #{flag} 已标记为误报。"
FP_DONE = "已将记录 #{flag} 标记为误报：撤销相关警告 {warnings} 次，本群今后不再因“{terms}”提醒。"
FP_DONE_NO_TERMS = "已将记录 #{flag} 标记为误报：撤销相关警告 {warnings} 次。"
FP_NOTICE = "此前对你的提醒（记录 #{flag}）是误报，已撤销，抱歉打扰。"
FILE_FLAGGED = "你上传的文件涉及“{categories}”，{done}。请勿在工作群传输此类文件。（记录 #{flag}）"
