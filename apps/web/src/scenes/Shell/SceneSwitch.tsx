import { Alert, Center, Loader } from '@mantine/core';
import { parseRoute } from '../../lib/route.ts';
import type { Operation } from '../../lib/types.ts';
import { CommandCentre } from '../CommandCentre/CommandCentre.tsx';
import { HitsScene } from '../Crosscheck/HitsScene.tsx';
import { ReferenceSetsScene } from '../Crosscheck/ReferenceSetsScene.tsx';
import { FiguresScene } from '../Figures/FiguresScene.tsx';
import { ItemDetail } from '../Items/ItemDetail.tsx';
import { ItemsScene } from '../Items/ItemsScene.tsx';
import { LeadDetailScene } from '../Leads/LeadDetailScene.tsx';
import { LeadsScene } from '../Leads/LeadsScene.tsx';
import { OperationsScene } from '../Operations/OperationsScene.tsx';
import { PeopleScene } from '../People/PeopleScene.tsx';
import { PersonDetail } from '../People/PersonDetail.tsx';
import { PlatformsScene } from '../Platforms/PlatformsScene.tsx';
import { UsersScene } from '../Users/UsersScene.tsx';

export function SceneSwitch({
  path,
  operation,
  loadingOperation,
}: {
  path: string;
  operation: Operation | null;
  loadingOperation: boolean;
}) {
  const route = parseRoute(path);
  if (route.scene === 'missing') return <Alert color="gray">No such page.</Alert>;
  if (route.scene === 'operations') return <OperationsScene />;
  if (route.scene === 'users') return <UsersScene />;
  // Detail pages work by id and do not need the operation list.
  if (route.scene === 'items' && route.id) return <ItemDetail id={route.id} />;
  if (route.scene === 'people' && route.id) return <PersonDetail id={route.id} />;
  if (route.scene === 'leads' && route.id) return <LeadDetailScene id={route.id} operation={operation} />;
  if (loadingOperation) {
    return (
      <Center p="xl">
        <Loader aria-label="Loading operations" />
      </Center>
    );
  }
  if (!operation) return <OperationsScene />;
  switch (route.scene) {
    case 'command':
      return <CommandCentre operation={operation} />;
    case 'platforms':
      return <PlatformsScene operation={operation} />;
    case 'items':
      return <ItemsScene operation={operation} />;
    case 'people':
      return <PeopleScene operation={operation} />;
    case 'leads':
      return <LeadsScene operation={operation} />;
    case 'figures':
      return <FiguresScene operation={operation} />;
    case 'hits':
      return <HitsScene operation={operation} />;
    case 'sets':
      return <ReferenceSetsScene operation={operation} />;
  }
}
