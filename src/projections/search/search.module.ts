import { Module } from '@nestjs/common';
import { UnitTreeModule } from '../unit-tree/unit-tree.module';
import { SearchReader } from './search.reader';
import { SearchResolver } from './search.resolver';
import { SearchAccess } from './search-access';

/** Full-text search over units, members, meetings and resolutions. */
@Module({ imports: [UnitTreeModule], providers: [SearchReader, SearchResolver, SearchAccess] })
export class SearchModule {}
