import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Outbox } from './outbox';

/** The outbox and the clock, for every feature that writes workflow events. */
@Global()
@Module({ providers: [Clock, Outbox], exports: [Clock, Outbox] })
export class OutboxModule {}
