import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../infrastructure/graphql/request-loaders';
import { MeetingType } from '../meetings/meetings.graphql';
import { inThePast, loaderAt, pointInTimeOf, readerAt } from '../time-travel/point-in-time';
import { ResolutionType, toResolution } from './resolutions.graphql';
import { ResolutionsReader } from './resolutions.reader';

/** `Meeting.resolutions` lives here so the dependency runs one way: resolutions know meetings, not the reverse. */
@Resolver(() => MeetingType)
export class MeetingResolutionsResolver {
  constructor(private readonly reader: ResolutionsReader) {}

  @ResolveField(() => [ResolutionType], { description: 'What the meeting adopted, in adoption order, rescinded ones included.' })
  async resolutions(@Parent() meeting: MeetingType, @Context() context: object): Promise<ResolutionType[]> {
    const reader = readerAt(meeting, this.reader, (readModels) => new ResolutionsReader(readModels));
    const point = pointInTimeOf(meeting);
    // A page of N meetings asks once for all their resolutions, not N times.
    const loader = requestLoader<string, ResolutionType[]>(context, loaderAt('resolutions.byMeetingId', meeting), async (meetingIds) =>
      (await reader.byMeetingIds(meetingIds)).map((rows) => rows.map((row) => inThePast(toResolution(row), point))),
    );
    return loader.load(meeting.id);
  }
}
