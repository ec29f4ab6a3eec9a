"""Audit entry kinds (SPEC §8) and their Chinese names for people."""

KIND_NAMES: dict[str, str] = {
    "group.seen": "发现新群",
    "group.register_reminded": "提醒登记",
    "group.registration_requested": "申请登记",
    "group.registered": "登记备案",
    "group.returned": "退回登记",
    "group.register_overdue": "登记超期",
    "group.admin_changed": "变更管理员",
    "group.completed": "工作完成",
    "group.dissolve_reminded": "提醒解散",
    "group.dissolve_overdue": "解散超期",
    "group.dissolved": "群已解散",
    "group.deregistered": "注销登记",
    "member.joined": "成员入群",
    "member.left": "成员退群",
    "member.join_approved": "同意入群",
    "member.join_rejected": "拒绝入群",
    "realname.bound": "实名绑定",
    "realname.violation": "实名违规",
    "member.removed": "清退成员",
    "message.flagged": "消息命中",
    "message.recalled": "撤回消息",
    "member.warned": "警告",
    "member.muted": "禁言",
    "topic.stopped": "制止闲聊",
    "suggestion.logged": "登记建议",
    "suggestion.answered": "答复建议",
    "suggestion.escalated": "转报建议",
    "suggestion.overdue": "建议超期",
    "report.sent": "上报",
    "policy.changed": "策略变更",
    "policy.rejected": "策略文件有误",
    "message.false_positive": "标记误报",
    "member.warning_withdrawn": "撤销警告",
}


def kind_name(kind: str) -> str:
    return KIND_NAMES.get(kind, kind)
