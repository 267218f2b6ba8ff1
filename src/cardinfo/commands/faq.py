"""`cardinfo faq`: the answer to a question, by topic or in your own words."""

from typing import Annotated, Any

import typer

from cardinfo.cli import Reply, TextFormatOption, boundary, command, session


@command("faq")
@boundary
def faq(
    ctx: typer.Context,
    question: Annotated[
        list[str] | None, typer.Argument(help="A topic key (fee), a word (费用) or a question (换证要钱吗).")
    ] = None,
    fmt: TextFormatOption = "text",
    all_: Annotated[bool, typer.Option("--all", help="Every answer.")] = False,
) -> None:
    """Answers on 16 topics, by topic key or in your own words (no topic rather than a guess).

    Topics: transition fee reassessment qrcode validity rollout activation process
    apply replace documents number functions transfer expired contact.

    \b
    Examples:
      cardinfo faq
      cardinfo faq fee
      cardinfo faq 换证要钱吗
      cardinfo --lang en faq "is it free?"
    """
    from cardinfo import shapes, views
    from cardinfo.faq import FaqMatch, find

    s = session(ctx)
    topics = s.dataset.faq
    if not all_ and not question:
        s.respond(
            Reply(lambda _: views.faq_list_doc(s.dataset, s.lang), lambda: shapes.faq_list(s.dataset, s.lang)), fmt
        )
        return
    if all_:
        if question:  # (a script must not take every answer for the one asked)
            from cardinfo.cli import stderr_lang, warn
            from cardinfo.i18n import t

            warn(t("note.question_with_all", stderr_lang(s.lang), question=" ".join(question)))
        matches = [FaqMatch(e, 0.0) for e in topics]
    else:
        from cardinfo.cli import stderr_lang

        # (the topics a miss lists are worded as its message is: English on a console without Chinese)
        matches = [find(topics, " ".join(question or []), s.dataset.faq_t2s, stderr_lang(s.lang))]

    def data() -> Any:
        answers = [shapes.faq_json(m, s.dataset, s.lang) for m in matches]
        return answers if all_ else answers[0]

    s.respond(Reply(lambda _: views.faq_answers_doc(matches, s.dataset, s.lang), data), fmt)
