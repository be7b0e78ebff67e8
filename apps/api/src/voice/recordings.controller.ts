import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import rangeParser from 'range-parser';
import { Public } from '../common/access.decorator';
import { documentHeaders } from '../common/http';
import { RequestContext } from '../common/request-context';
import { RecordingLinks } from './recording-links';
import { Recordings } from './recordings.service';
import { notFound } from '../common/errors';

/**
 * A recording's audio, streamed with HTTP range requests so a player can
 * seek. The link's own token says who plays it; the recording is read as
 * that user, so another company's is not found. Every play is audited.
 */
@Controller('recordings')
@Public()
export class RecordingsController {
  constructor(
    private readonly recordings: Recordings,
    private readonly links: RecordingLinks,
  ) {}

  @Get(':id/audio.wav')
  async audio(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('token') token: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const user = token ? this.links.verify(token, id) : null;
    if (!user) throw notFound('Recording');
    const ctx = RequestContext.forUser(user, req.ip ?? 'unknown');
    // A player asks again for each range it seeks to; a play is audited once, at its start.
    const first = !req.headers.range || /^bytes=0-/.test(req.headers.range);
    const { recording, audio } = await this.recordings.play(ctx, id, { audit: first });
    documentHeaders(res, {
      type: 'audio/wav',
      disposition: 'inline',
      name: `recording-${recording.id}.wav`,
      japaneseName: `通話録音_${recording.id}.wav`,
    });
    res.setHeader('Accept-Ranges', 'bytes');
    const ranges = req.headers.range
      ? rangeParser(audio.length, req.headers.range, { combine: true })
      : -2;
    if (ranges === -1) {
      res.status(416).setHeader('Content-Range', `bytes */${audio.length}`).end();
      return;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
      const { start, end } = ranges[0]!;
      res.status(206);
      res.setHeader('Content-Range', `bytes ${start}-${end}/${audio.length}`);
      res.setHeader('Content-Length', end - start + 1);
      res.end(audio.subarray(start, end + 1));
      return;
    }
    res.setHeader('Content-Length', audio.length);
    res.end(audio);
  }
}
