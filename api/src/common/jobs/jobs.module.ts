import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** pg-boss, once for the whole app: features inject JobsService to register and send jobs. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
