import * as React from 'react';
import { HostInfo } from './hostTypes';

/** Where the web part runs (set by AppShell): components that act differently in Teams read it. */
export const HostContext = React.createContext<HostInfo | undefined>(undefined);
