import { lazy } from 'react';

const loadQueueView = () => import('../features/queue/QueueView');
const loadThreadView = () => import('../features/threads/ThreadView');

// The comment views are not on the first screen: loaded apart, and fetched as soon as the first screen is idle.
export const QueueView = lazy(() => loadQueueView().then((module) => ({ default: module.QueueView })));
export const ThreadView = lazy(() => loadThreadView().then((module) => ({ default: module.ThreadView })));

export const preloadSections = (): void => {
  void loadQueueView();
  void loadThreadView();
};
