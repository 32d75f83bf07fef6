import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../common/auth.decorators';
import { ApiBodyExample, ApiProblem } from '../common/openapi';
import { AnswerMentorshipDto, MentorshipProposalView } from './dto/mentorship-answer.dto';
import { MentorshipAnswersService } from './mentorship-answers.service';

const ANSWER_EXAMPLE: AnswerMentorshipDto = { answer: 'accept' };

/**
 * The mentor's side of a proposal, through the e-mailed link: public (the token is the
 * credential), and without a session there is nothing for CSRF to protect.
 */
@Controller('api/v1/mentorship-answers')
@Public()
export class MentorshipAnswersController {
  constructor(private readonly service: MentorshipAnswersService) {}

  /** The proposal as the mentor sees it: the candidate's first name, who asks and how to reach them. */
  @Get(':token')
  @ApiOkResponse({ type: MentorshipProposalView })
  @ApiProblem(404, 'The link is unknown (mistyped or forged).')
  @ApiProblem(422, 'The link has expired (14 days).')
  @ApiProblem(429, 'Too many unknown links from this address: wait `Retry-After` seconds.')
  show(@Param('token') token: string, @Req() request: Request): Promise<MentorshipProposalView> {
    return this.service.show(token, request.ip ?? 'unknown');
  }

  /** Accepts (the mentorship becomes active) or declines (it ends, "declined by mentor"); once. */
  @Post(':token')
  @HttpCode(200)
  @ApiBodyExample(AnswerMentorshipDto, ANSWER_EXAMPLE)
  @ApiOkResponse({ type: MentorshipProposalView })
  @ApiProblem(404, 'The link is unknown (mistyped or forged).')
  @ApiProblem(409, 'Answered already, or the coordinator ended or changed the proposal first.')
  @ApiProblem(422, 'The link has expired (14 days).')
  @ApiProblem(429, 'Too many unknown links from this address: wait `Retry-After` seconds.')
  answer(@Param('token') token: string, @Body() dto: AnswerMentorshipDto, @Req() request: Request): Promise<MentorshipProposalView> {
    return this.service.answer(token, dto, request.ip ?? 'unknown');
  }
}
