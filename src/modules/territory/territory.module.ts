import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerritoryImporter } from './import-territory/territory-importer';

/** Setting an organization up on a country's territorial divisions, through the ordinary org-unit commands. */
@Module({ imports: [CqrsModule], providers: [TerritoryImporter], exports: [TerritoryImporter] })
export class TerritoryModule {}
