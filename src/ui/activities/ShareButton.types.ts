import { Activity } from '../../core/types';

export interface ShareButtonProps {
  activity: Activity;
}
