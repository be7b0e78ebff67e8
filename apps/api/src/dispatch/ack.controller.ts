import { Controller, Get, Header, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { tokyoDateTimeText } from '@dengon/domain';
import { Public } from '../common/access.decorator';
import { AckLinkError, DispatchService } from './dispatch.service';
import { DispatchStatus } from './dispatch.entity';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PROBLEMS: Record<AckLinkError['reason'], { status: number; text: string }> = {
  malformed: {
    status: 404,
    text: 'このリンクは正しくありません。お手数ですが、送信元へお電話でご連絡ください。',
  },
  tampered: {
    status: 404,
    text: 'このリンクは正しくありません。お手数ですが、送信元へお電話でご連絡ください。',
  },
  expired: {
    status: 410,
    text: 'このリンクの有効期限が切れています。お手数ですが、送信元へお電話でご連絡ください。',
  },
  moved: {
    status: 409,
    text: 'このご依頼は取り消されたか、別の手配先に移りました。受諾の操作は不要です。',
  },
};

const page = (title: string, body: string) => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font-family:system-ui,"Noto Sans JP",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.7}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f4f4f4;width:7rem}button{font-size:1.2rem;padding:.6rem 2rem;background:#1a7f37;color:#fff;border:0;border-radius:.4rem}
.notice{padding:1rem;border-radius:.4rem;background:#eef6ee}.problem{background:#fdecea}</style></head>
<body>${body}</body></html>`;

/**
 * The page a contractor opens from the dispatch sheet or e-mail: no sign-in,
 * only the signed link, which shows the one job and acknowledges it once.
 */
@Controller('ack')
export class AckController {
  constructor(private readonly dispatch: DispatchService) {}

  @Get(':token')
  @Public()
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.answer(res, token, false);
  }

  @Post(':token')
  @Public()
  @Header('Cache-Control', 'no-store')
  async acknowledge(@Param('token') token: string, @Res() res: Response): Promise<void> {
    await this.answer(res, token, true);
  }

  private async answer(res: Response, token: string, acknowledge: boolean): Promise<void> {
    try {
      if (acknowledge) await this.dispatch.acknowledgeByLink(token);
      const { dispatch, contractor, clientName } = await this.dispatch.byLink(token);
      const rows = [
        ['手配番号', `No.${dispatch.dispatchNo}`],
        ['手配先', `${contractor.name} 御中`],
        ['依頼元', clientName],
        ['区分', dispatch.category],
        ['現場住所', dispatch.siteAddress],
        ['作業内容', dispatch.instructions],
      ]
        .map(([k, v]) => `<tr><th>${escape(k!)}</th><td>${escape(v!)}</td></tr>`)
        .join('');
      const done = dispatch.status === DispatchStatus.ACKNOWLEDGED && dispatch.acknowledgedAt;
      const action = done
        ? `<p class="notice">受諾を承りました（${escape(tokyoDateTimeText(dispatch.acknowledgedAt!))}）。ご対応をよろしくお願いいたします。</p>`
        : `<form method="post"><p>内容をご確認のうえ、受諾される場合は次のボタンを押してください。</p><button type="submit">受諾する</button></form>`;
      res
        .status(200)
        .type('html')
        .send(
          page(
            `手配書 No.${dispatch.dispatchNo}`,
            `<h1>作業のご依頼${dispatch.urgent ? '（至急）' : ''}</h1><table>${rows}</table>${action}`,
          ),
        );
    } catch (error) {
      if (!(error instanceof AckLinkError)) throw error;
      const problem = PROBLEMS[error.reason];
      res
        .status(problem.status)
        .type('html')
        .send(page('手配のご依頼', `<p class="notice problem">${problem.text}</p>`));
    }
  }
}
