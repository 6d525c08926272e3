import { Controller, Get } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Public } from '../../common/auth/decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** For load balancers and start scripts: 200 when the API can reach its database. */
  @Public()
  @Get()
  async health(): Promise<{ status: 'ok'; database: 'up' }> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: 'up' };
  }
}
