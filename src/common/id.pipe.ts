import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Problem, Resource } from './problems';

/** Route ids are UUIDs; anything else cannot name a record, so it is a 404 like any unknown id. */
@Injectable()
export class RecordIdPipe implements PipeTransform<string, string> {
  constructor(private readonly resource: Resource) {}

  transform(value: string): string {
    if (!isUUID(value)) throw Problem.notFound(this.resource, value);
    return value;
  }
}
